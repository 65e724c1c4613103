// MarsadActors
