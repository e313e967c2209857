// The script-tag bundle has already defined <cite-line>; this page only listens to it.
const element = document.getElementById("timeline");
const log = document.getElementById("log");

element.addEventListener("citeline-slide", (event) => {
  const { index, id } = event.detail;
  log.textContent = `citeline-slide: slide ${index}${id ? `, event “${id}”` : ", the title slide"}.`;
});
