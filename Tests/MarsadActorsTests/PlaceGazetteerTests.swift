import MarsadActors
import MarsadCore
import Testing

/// The gazetteer file: the bundled one loads and names only known countries; bad lines fail with locations.
@Suite struct PlaceGazetteerTests {
    @Test func bundledGazetteerLoadsWithKnownCountries() throws {
        let gazetteer = try PlaceGazetteer.bundled()
        #expect(gazetteer.places.count >= 500)
        let dictionary = try ActorDictionary.bundled()
        let unknown = Set(gazetteer.places.map(\.country)).filter { dictionary.countryNames[$0] == nil }
        #expect(unknown.isEmpty, "country codes not in countries.ar.txt: \(unknown.sorted())")
        // Each name is listed once per country.
        let keys = gazetteer.places.map { "\($0.country) \($0.name)" }
        #expect(Set(keys).count == keys.count)
    }

    @Test(arguments: [
        ("SYR\tcity", "mine.txt:1:1", "found 2 tab-separated field(s)"),
        ("# places\nSY\tcity\tحلب", "mine.txt:2:1", "not a three-letter country code"),
        ("SYR\ttown\tحلب", "mine.txt:1:5", "unknown kind \"town\""),
        ("SYR\tcity\t", "mine.txt:1:1", "empty name"),
    ])
    func malformedLineIsReportedWithItsLocation(_ text: String, _ location: String, _ message: String) {
        var gazetteer = PlaceGazetteer()
        do {
            try gazetteer.load(text: text, file: "mine.txt")
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.code == .dictionarySyntax)
            #expect(error.location == location)
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func ownPlacesAreAdded() throws {
        var gazetteer = PlaceGazetteer()
        try gazetteer.load(text: "# mine\nSYR\tcity\tسراقب\nEGY\tgovernorate\tالدقهلية\n", file: "mine.txt")
        #expect(gazetteer.places.map(\.name) == ["سراقب", "الدقهلية"])
        #expect(gazetteer.places.map(\.kind) == ["city", "governorate"])
    }
}
