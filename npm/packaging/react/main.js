// <pin-field> in a React 19 page (no JSX, so that Vite needs no plugin).
import { createElement as h, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import "pinwarden-element";

function App() {
  const field = useRef(null);
  const [result, setResult] = useState("none");
  useEffect(() => {
    const element = field.current;
    const listen = (event) => setResult(event.detail.ok ? "ok" : event.detail.violations.map((v) => v.code).join(","));
    element.addEventListener("pin-change", listen);
    return () => element.removeEventListener("pin-change", listen);
  }, []);
  return h(
    "form",
    null,
    h("pin-field", { ref: field, name: "pin", policy: "exchange", extensions: "36697", lang: "en", required: true }),
    h("output", { id: "result" }, result),
  );
}

createRoot(document.getElementById("app")).render(h(App));
