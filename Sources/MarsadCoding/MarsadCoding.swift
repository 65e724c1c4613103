// MarsadCoding
