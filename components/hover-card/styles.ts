// The hover card's style sheet. It lives in the card's shadow root only: the page's styles do
// not reach the card, and the card's do not reach the page. Kept compact: it ships in the
// content script.

export const CARD_CSS = `:host{all:initial;position:fixed;top:0;left:0;z-index:2147483647}
.card{--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--accent:#0b57d0;--chip:#eef2f7;
position:fixed;box-sizing:border-box;width:max-content;max-width:min(380px,calc(100vw - 16px));overflow:auto;
padding:10px 12px 12px;border:1px solid var(--line);border-radius:8px;background:var(--bg);color:var(--fg);
box-shadow:0 6px 24px rgb(0 0 0/.25);font:14px/1.5 system-ui,"WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif}
.dark{--bg:#1e2227;--fg:#e6edf3;--muted:#9aa4ae;--line:#3d444d;--accent:#8ab4f8;--chip:#2d333b}
.card:focus,button:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
.top{display:flex;gap:6px;margin-bottom:4px}
.kind{flex:1;color:var(--muted);font-size:12px}
button{font:inherit;color:var(--accent);background:none;border:0;padding:0 2px;cursor:pointer;text-decoration:underline}
.icon{color:var(--muted);font-size:16px;line-height:1;text-decoration:none}
h2{margin:0 0 4px;font-size:17px}
.alt{font-weight:400;color:var(--muted)}
.value{margin:0 0 6px;font-size:15px}
.fact{margin:4px 0 0;line-height:1.5}
.chip{margin-left:6px;padding:0 6px;border-radius:9px;background:var(--chip);color:var(--muted);font-size:12px;font-weight:400}
.path{margin:0 0 6px}
.here{font-weight:600}
.sep,dt,.note,.sources{color:var(--muted)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0 0}
dd{margin:0;overflow-wrap:anywhere}
.note{margin:6px 0 0}
.sources{margin:8px 0 0;padding-top:6px;border-top:1px solid var(--line);font-size:12px}
.save{display:grid;gap:4px;margin-top:6px}
input{font:inherit;border:1px solid var(--line);background:var(--bg);color:var(--fg)}
.error{color:#cf222e}
ul{margin:0;padding-left:16px}
a{color:var(--accent)}`;