// easyguide serve's live reload: added to pages by the development server only, never
// written into the built site. Listens on one Server-Sent Events stream.
(() => {
  const here = () => {
    const path = decodeURI(location.pathname);
    return path.endsWith("/") ? path + "index.html" : path;
  };
  const overlay = () => document.getElementById("easyguide-overlay");
  const source = new EventSource("/__easyguide/events");
  source.addEventListener("reload", (event) => {
    const data = JSON.parse(event.data);
    if (data.all || overlay() || data.pages.includes(here())) location.reload();
  });
  source.addEventListener("css", (event) => {
    const { swap } = JSON.parse(event.data);
    for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
      const href = link.getAttribute("href") || "";
      for (const [from, to] of swap) {
        if (href.endsWith(from)) link.setAttribute("href", href.slice(0, -from.length) + to);
      }
    }
  });
  source.addEventListener("failed", (event) => {
    // The overlay is made and escaped by easyguide from its own findings.
    const { overlay: html } = JSON.parse(event.data);
    overlay()?.remove();
    document.body.insertAdjacentHTML("beforeend", html);
  });
})();
