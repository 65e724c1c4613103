// MarsadPipeline
