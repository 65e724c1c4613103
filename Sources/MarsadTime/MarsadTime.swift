// MarsadTime
