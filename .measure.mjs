import { chromium } from "playwright";
const [,, url] = process.argv;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const w of [360, 768, 1280, 1920]) {
  const p = await b.newPage({ viewport: { width: w, height: 900 } });
  await p.goto(url);
  const r = await p.evaluate(() => {
    const gutter = parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--pg-gutter")) ;
    const g = document.createElement("div"); g.style.width = "var(--pg-gutter)"; document.body.append(g); const gw = g.getBoundingClientRect().width; g.remove();
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const n = walker.currentNode; if (!n.textContent.trim()) continue;
      const el = n.parentElement; if (el.closest(".pg-ui-sr-only,.pg-skip,[hidden],dialog:not([open])")) continue;
      const range = document.createRange(); range.selectNodeContents(n);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        if (rect.left < gw - 1 || rect.right > innerWidth - gw + 1) {
          const blk = el.closest("[data-block-id]");
          out.push(`${blk?.getAttribute("data-block-id") ?? el.tagName} ${Math.round(rect.left)}-${Math.round(rect.right)} "${n.textContent.trim().slice(0, 30)}"`);
          break;
        }
      }
    }
    return { gw, sw: document.documentElement.scrollWidth, out: [...new Set(out)] };
  });
  console.log(w, "gutter", r.gw, "scrollWidth", r.sw); for (const o of r.out) console.log("   ", o);
  await p.close();
}
await b.close();
