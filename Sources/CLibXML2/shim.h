#include <libxml/xmlversion.h>
// NB: Debian's libxml2 is built with ICU and its encoding.h then includes ICU headers that clash with the
// ICU copy inside Foundation ("'UErrorCode' has different definitions in different modules"). Marsad uses
// only pointers to libxml2's encoding handlers (never their layout), so ICU is hidden from Swift.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
