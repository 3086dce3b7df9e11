"""rasd over HTTP: a FastAPI app (`rasd serve`) with the JSON API and the web page."""

from rasd.web.app import create_app

__all__ = ["create_app"]
