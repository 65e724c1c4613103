/// The formats `marsad code` writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// The contract's event JSON Lines.
    case jsonl
    /// One event a line, TAB-separated, GDELT-like columns with a header line.
    case tsv
    /// PLOVER-style JSON Lines (event type and mode first).
    case plover
}
