/// The formats `marsad export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// Tab-separated, GDELT 1.0 event-table column names (a subset: actors, codes, QuadClass, Goldstein,
    /// counts, place, URL).
    case gdelt
    /// PLOVER-style JSON Lines (`event_type`, `mode`, `actor`, `recipient`, …).
    case plover
    /// RFC 4180 CSV of the contract's event fields.
    case csv
    /// GraphML of the country-level actor network (edges: dyads with event counts and mean Goldstein).
    case graphml
}
