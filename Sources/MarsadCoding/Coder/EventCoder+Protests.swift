import MarsadCore

extension EventCoder {
    /// «تظاهر آلاف العراقيين في البصرة مطالبين بتحسين الخدمات»، «ينظمون مظاهرات في بغداد»: a protest that names no one it
    /// is against is addressed to the authorities of the place where it happens, else of the protesters' country: that
    /// state's government, named by the trigger's words. Not a protest by a state's own organs (a government that
    /// protests names whom it protests to, or is coded without), nor one of a people under occupation, whose protests
    /// the press reports mostly against the occupier (see `occupiedCountries`), nor where no country is known.
    func protestedAuthority(
        _ hit: Hit, sources: [Mention], span: TextSpan, _ context: SentenceContext
    ) -> Mention? {
        // NB: a state named alone that protests («احتجت إيطاليا») protests to another state, in words (140).
        guard hit.pattern.code.root == "14",
            !sources.contains(where: {
                Self.authorities.contains($0.actor.sector ?? "") || $0.actor.organization != nil
                    || (hit.pattern.code.code == "140" && $0.actor.sector == nil)
            })
        else { return nil }
        guard let country = eventLocation(span, context)?.country ?? sources.lazy.compactMap(\.actor.country).first,
            !Self.occupiedCountries.contains(country)
        else { return nil }
        // NB: on no token (the trigger's words may hold the protesters, «خرج آلاف المتظاهرين», and an event whose
        // target stands on its source's tokens is dropped).
        return Mention(
            span: span, tokens: hit.tokens.lowerBound..<hit.tokens.lowerBound, sentence: context.index,
            actor: ActorCode(country: country, sector: Self.government), kind: .agent)
    }
}
