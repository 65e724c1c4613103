import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtraction
import MarsadPipeline

/// `marsad extract PATH... [--format text|json]`: the article Marsad extracts from each input, to check
/// what the coder will read.
///
/// ```
/// $ marsad extract page.html.gz --format json
/// {"path":"page.html.gz","text":"…","title":"…",…,"sources":{"title":"opengraph",…}}
/// ```
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article text and metadata extracted from pages, WARC files and scraped text.",
        discussion: """
            Inputs as for `marsad code` (.html/.htm/.html.gz, .warc/.warc.gz, .txt, .jsonl, folders, - for stdin). \
            Errors are reported per input on stderr as file[:line|#record]: code: message and the run goes on; \
            exit status 1 when any input failed.
            """)

    @Argument(help: "Input files or folders; - for stdin (the default).")
    var paths: [String] = []

    @Option(help: "Output format: text or json (one JSON object per input).")
    var format: String = "text"

    @Option(help: "Largest input (page, WARC record, text file or JSON line) accepted, in bytes.")
    var maxBytes: Int = 10 << 20

    func validate() throws {
        if format != "text" && format != "json" { throw ValidationError("--format must be text or json") }
    }

    func run() throws {
        let builder: DocumentBuilder
        do {
            builder = try DocumentBuilder()
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        var options = InputEnumerator.Options()
        options.maxDocumentBytes = maxBytes
        let inputs = InputEnumerator(paths: paths.isEmpty ? ["-"] : paths, options: options)
        let sink = try OutputSink(path: nil, append: false)
        var failures = 0
        var items = 0
        while let item = inputs.next() {
            items += 1
            do throws(MarsadError) {
                let (doc, article) = try builder.document(for: item, published: nil, language: nil, allowEmpty: true)
                sink.write(Self.render(doc, article, json: format == "json"))
                if let article, article.blocks.isEmpty {
                    // Shown with its metadata, but `marsad code` would fail it: say so.
                    failures += 1
                    Console.error(
                        MarsadError(.extractionFailed, "no article text found in the page", location: doc.id)
                            .description)
                }
            } catch {
                failures += 1
                Console.error(error.description)
            }
        }
        sink.flush()
        if failures > 0 {
            Console.error("\(failures) of \(items) inputs failed")
            throw ExitCode(1)
        }
    }

    /// One input as text (a `==> id <==` line, the title, then the text) or as one JSON line: `path`, `text`,
    /// `title`, `subtitle`, `author`, `published`, `updated`, `site`, `section`, `language`, `url`,
    /// `attribution`, `dateline`, then `sources` (where each field came from), `method`, `charset`.
    static func render(_ doc: Document, _ article: ExtractedArticle?, json: Bool) -> String {
        let metadata = article?.metadata ?? ArticleMetadata()
        if !json {
            var out = "==> \(doc.id) <==\n"
            if let title = doc.title { out += "# \(title)\n\n" }
            out += doc.text + "\n\n"
            return out
        }
        var j = JSONText()
        j.beginObject()
        j.key("path")
        j.string(doc.id)
        j.key("text")
        j.string(doc.text)
        for (name, field) in metadata.fields {
            j.key(name)
            switch name {
            case "title": j.string(field?.value ?? doc.title)
            case "published": j.string(field?.value ?? doc.published?.description)
            case "url": j.string(field?.value ?? doc.url)
            default: j.string(field?.value)
            }
        }
        j.key("sources")
        j.beginObject()
        for (name, field) in metadata.fields {
            guard let field else { continue }
            j.key(name)
            j.string(field.source)
        }
        j.endObject()
        j.key("method")
        j.string(article?.method ?? "input")
        j.key("charset")
        j.string(article?.charset)
        j.key("charset_source")
        j.string(article?.charsetSource?.rawValue)
        j.endObject()
        return j.text + "\n"
    }
}
