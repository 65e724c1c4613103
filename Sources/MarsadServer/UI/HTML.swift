import Foundation

/// Building HTML as text, with every piece of user text escaped.
///
/// ```swift
/// HTML.escape("<b> & \"x\"")  // "&lt;b&gt; &amp; &quot;x&quot;"
/// ```
enum HTML {
    static func escape(_ s: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Percent-encodes a query value.
    static func query(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-_.~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// A whole page: Arabic, right to left; codes and numbers are wrapped in `<bdi>` where they appear.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) — مرصد</title>
        <style>\(style)</style>
        </head>
        <body>
        <header><a href="/" class="brand">مرصد</a> <span class="tag">أحداث سياسية من الأخبار العربية</span></header>
        <main>
        \(body)
        </main>
        </body>
        </html>
        """
    }

    static let style = """
        body{font-family:"DejaVu Sans","Noto Naskh Arabic",sans-serif;margin:0;background:#fafaf7;color:#222}
        header{background:#1d3557;color:#fff;padding:.6em 1em}header a{color:#fff;text-decoration:none;font-weight:bold}
        .tag{opacity:.8;margin-inline-start:1em}main{padding:1em;max-width:1200px;margin:auto}
        form.filters{display:flex;flex-wrap:wrap;gap:.5em;align-items:end;margin-bottom:1em}
        form.filters label{display:flex;flex-direction:column;font-size:.85em}
        section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.8em;margin-bottom:1em}
        table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.3em;text-align:start}
        mark.trigger{background:#ffd166}mark.actor{background:#a8dadc}code,bdi.code{direction:ltr;unicode-bidi:isolate}
        .q1{fill:#2a9d8f;background:#2a9d8f}.q2{fill:#8ab17d;background:#8ab17d}
        .q3{fill:#f4a261;background:#f4a261}.q4{fill:#e63946;background:#e63946}
        .legend span{display:inline-block;width:.9em;height:.9em;margin-inline:.3em}
        .stats{display:flex;gap:2em;flex-wrap:wrap}.stats b{font-size:1.4em;display:block}
        .sentence.has-event{background:#fffbea}.muted{color:#777}svg text{font-family:inherit}
        """
}
