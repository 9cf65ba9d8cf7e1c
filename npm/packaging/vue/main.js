// <pin-field> in a Vue 3 page (render functions, so that Vite needs no plugin).
import { createApp, h, ref } from "vue";
import "pinwarden-element";

createApp({
  setup() {
    const result = ref("none");
    const listen = (event) => {
      result.value = event.detail.ok ? "ok" : event.detail.violations.map((v) => v.code).join(",");
    };
    return () =>
      h("form", [
        h("pin-field", { name: "pin", policy: "exchange", extensions: "36697", lang: "en", required: "", onPinChange: listen }),
        h("output", { id: "result" }, result.value),
      ]);
  },
}).mount("#app");
