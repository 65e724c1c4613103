import Testing

@testable import MarsadEvaluation

/// `round(x, 3)`, `repr(x)` and `format(x, ".3f")` against values printed by CPython.
@Suite("Python float rounding and repr")
struct PythonFloatTests {
    /// (value, `repr(round(value, 3))`, `format(round(value, 3), ".3f")`) from Python 3.11.
    static let roundings: [(Double, String, String)] = [
        (0.0005, "0.001", "0.001"),  // stored as 0.000500000000000000010..., above one half
        (0.0015, "0.002", "0.002"),  // stored as 0.001500000000000000031...
        (0.1235, "0.123", "0.123"),  // stored as 0.123499999999999998667..., below one half
        (0.0625, "0.062", "0.062"),  // an exact tie: half to even
        (0.1875, "0.188", "0.188"),  // an exact tie: half to even
        (0.3125, "0.312", "0.312"),
        (0.9375, "0.938", "0.938"),
        (2.0 / 3.0, "0.667", "0.667"),
        (1.0 / 3.0, "0.333", "0.333"),
        (1.0 / 7.0, "0.143", "0.143"),
        (194.0 / 239.0, "0.812", "0.812"),
        (0.9995, "1.0", "1.000"),
        (0.4445, "0.445", "0.445"),
        (0.2675, "0.268", "0.268"),
        (0.12345, "0.123", "0.123"),
        (0.0004999, "0.0", "0.000"),
        (0.0001, "0.0", "0.000"),
        (Double.leastNonzeroMagnitude, "0.0", "0.000"),  // 5e-324
        (0.5, "0.5", "0.500"),
        (0.625, "0.625", "0.625"),
        (0.999, "0.999", "0.999"),
        (1.0, "1.0", "1.000"),
        (0.0, "0.0", "0.000"),
    ]

    @Test("round(x, 3) as Python", arguments: roundings)
    func rounding(_ value: Double, repr: String, fixed: String) {
        let rounded = PythonFloat.round(value, places: 3)
        #expect(PythonFloat.repr(rounded) == repr)
        #expect(PythonFloat.fixed(rounded, places: 3) == fixed)
    }

    /// (value, `repr(value)`) from Python 3.11.
    static let reprs: [(Double, String)] = [
        (1.0, "1.0"), (0.1, "0.1"), (0.3, "0.3"), (57.0, "57.0"), (-0.0, "-0.0"),
        (1e16, "1e+16"), (1e15, "1000000000000000.0"), (1e22, "1e+22"), (12345678901234567.0, "1.2345678901234568e+16"),
        (0.0001, "0.0001"), (0.00001, "1e-05"), (123456.789, "123456.789"), (1.5e300, "1.5e+300"),
        (Double.leastNonzeroMagnitude, "5e-324"), (.infinity, "inf"), (-.infinity, "-inf"), (.nan, "nan"),
    ]

    @Test("repr(x) as Python", arguments: reprs)
    func representation(_ value: Double, expected: String) {
        #expect(PythonFloat.repr(value) == expected)
    }

    @Test("exact decimal expansion")
    func expansion() {
        let exact = DecimalExpansion(0.1)
        #expect(exact.integerDigits == "0")
        #expect(exact.fractionDigits == "10000000000000000555111512312578270211815834045410156250")
        #expect(DecimalExpansion(1e22).integerDigits == "10000000000000000000000")
        #expect(DecimalExpansion(0x1p80).integerDigits == "1208925819614629174706176")
    }
}
