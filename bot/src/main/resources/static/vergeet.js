// Forgets the web chat's conversation kept in this tab (sessionStorage "weerbaar.gesprek", see chat.js):
// when a logout form (data-uitloggen) is sent, and on a page that says so (<body data-vergeet-gesprek>:
// the logged-out page). On a shared PC the next person in this tab must not see it.
"use strict";

(() => {
  function vergeet() {
    try {
      window.sessionStorage.removeItem("weerbaar.gesprek");
    } catch (e) {
      // no sessionStorage: nothing was kept
    }
  }
  if (document.body && document.body.hasAttribute("data-vergeet-gesprek")) vergeet();
  document.addEventListener(
    "submit",
    (e) => {
      if (e.target instanceof HTMLFormElement && e.target.hasAttribute("data-uitloggen")) vergeet();
    },
    true,
  );
})();
