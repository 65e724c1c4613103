// MarsadEvaluation
