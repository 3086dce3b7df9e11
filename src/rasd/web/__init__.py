"""rasd over HTTP: a FastAPI app (`rasd serve`) with the JSON API and the web page."""
