/*
 * An upper bound for `marsad extract`'s speed: what reading, gunzip and libxml2's HTML SAX parse alone cost
 * on the same pages, with nothing built from the parse.
 *
 *   cc -O2 -o /tmp/parse_bound Benchmarks/extraction/parse_bound.c $(pkg-config --cflags --libs libxml-2.0 zlib)
 *   python3 Benchmarks/extraction/compare.py --marsad .build/release/marsad --no-trafilatura --bound /tmp/parse_bound
 *   /tmp/parse_bound [--read-only | --dom] FILE.html[.gz]...
 *
 * Default mode: each file is read (gzip through zlib), then parsed with htmlCtxtReadMemory with the options
 * and SAX callbacks Marsad's PageTree uses (RECOVER, NOERROR, NOWARNING, NONET, IGNORE_ENC, encoding UTF-8;
 * startElement, endElement and characters set, here to functions that only count). `--read-only` stops
 * after gunzip; `--dom` parses with libxml2's default SAX handlers, which build a DOM (freed after each page).
 * Prints documents, CPU seconds (user + system of the whole process, startup included) and documents per
 * CPU-second on stderr as one JSON object, so that it can be summed over batches. Pages are not
 * transcoded: the bound assumes every page is UTF-8 (most are), which Marsad does not.
 */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <zlib.h>

static long elements, texts;

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts) {
    (void)ctx;
    (void)name;
    (void)atts;
    elements++;
}

static void on_end(void *ctx, const xmlChar *name) {
    (void)ctx;
    (void)name;
}

static void on_characters(void *ctx, const xmlChar *ch, int len) {
    (void)ctx;
    (void)ch;
    texts += len;
}

/* Reads a whole file, gunzipping it when it is gzip (gzread passes plain files through). */
static unsigned char *read_all(const char *path, size_t *size) {
    gzFile f = gzopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    for (;;) {
        if (n == cap) buf = realloc(buf, cap *= 2);
        int got = gzread(f, buf + n, (unsigned)(cap - n));
        if (got <= 0) break;
        n += (size_t)got;
    }
    gzclose(f);
    *size = n;
    return buf;
}

int main(int argc, char **argv) {
    int mode = 0; /* 0: SAX, 1: read only, 2: DOM */
    int first = 1;
    if (argc > 1 && strcmp(argv[1], "--read-only") == 0) mode = 1, first = 2;
    else if (argc > 1 && strcmp(argv[1], "--dom") == 0) mode = 2, first = 2;
    xmlInitParser();
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
        HTML_PARSE_IGNORE_ENC;
    long docs = 0, bytes = 0;
    for (int i = first; i < argc; i++) {
        size_t size;
        unsigned char *page = read_all(argv[i], &size);
        if (!page) {
            fprintf(stderr, "%s: unreadable\n", argv[i]);
            continue;
        }
        docs++;
        bytes += (long)size;
        if (mode != 1 && size > 0) {
            htmlParserCtxtPtr ctx = htmlNewParserCtxt();
            if (mode == 0) {
                ctx->sax->startElement = on_start;
                ctx->sax->endElement = on_end;
                ctx->sax->characters = on_characters;
                ctx->sax->ignorableWhitespace = on_characters;
                ctx->sax->cdataBlock = on_characters;
                ctx->sax->comment = NULL;
                ctx->sax->processingInstruction = NULL;
                ctx->sax->startElementNs = NULL;
                ctx->sax->endElementNs = NULL;
                ctx->sax->initialized = 0;
            }
            htmlDocPtr doc = htmlCtxtReadMemory(ctx, (const char *)page, (int)size, NULL, "UTF-8", options);
            if (doc) xmlFreeDoc(doc);
            htmlFreeParserCtxt(ctx);
        }
        free(page);
    }
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    double cpu = u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
    fprintf(stderr, "{\"docs\": %ld, \"bytes\": %ld, \"elements\": %ld, \"text_bytes\": %ld, \"cpu_sec\": %.3f}\n",
            docs, bytes, elements, texts, cpu);
    return 0;
}
