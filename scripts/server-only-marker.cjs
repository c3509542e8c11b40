// The "server-only" marker as the web worker bundle sees it: server code, so nothing to refuse.
