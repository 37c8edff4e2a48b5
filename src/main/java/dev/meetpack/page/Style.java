package dev.meetpack.page;

/** The page's one style sheet, inline so the file stands alone. */
final class Style {
  private Style() {}

  static final String CSS = """
      :root{--meet:#2f6fde;--late:#e8590c;--avail:#fcefd6;--ink:#1f2328;--muted:#656d76;--line:#d8dee4}
      *{box-sizing:border-box}
      body{margin:24px;background:#f3f4f6;color:var(--ink);font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK KR",sans-serif}
      h1{font-size:22px;margin:0 0 4px}
      header p{margin:0;color:var(--muted)}
      .switch{position:absolute;opacity:0;pointer-events:none}
      nav.weeks{margin:16px 0;display:flex;flex-wrap:wrap;gap:6px;align-items:center}
      nav.weeks span{color:var(--muted);margin-right:4px}
      nav.weeks label{padding:4px 12px;border:1px solid var(--line);border-radius:16px;background:#fff;cursor:pointer}
      .switch:focus-visible+label{outline:2px solid var(--meet)}
      table.figures{border-collapse:collapse;background:#fff;font-size:12.5px;margin-top:24px;border-radius:8px;overflow:hidden}
      table.figures caption{text-align:left;font-weight:600;padding:0 0 6px}
      table.figures th,table.figures td{padding:3px 10px;border-bottom:1px solid #eef0f2;text-align:left}
      table.figures th{background:#f6f8fa;font-weight:600}
      table.figures td.n{text-align:right;font-variant-numeric:tabular-nums}
      table.figures tr.total td{font-weight:600;border-bottom:0}
      a{color:var(--meet);text-decoration:none}
      main{display:grid;grid-template-columns:repeat(auto-fill,minmax(600px,1fr));gap:16px}
      section.person{background:#fff;border-radius:10px;padding:12px 12px 8px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
      section.person h2{font-size:16px;margin:0}
      section.person p{margin:2px 0;font-size:12px}
      p.zone{color:var(--muted)}
      .wk{display:none;margin-top:8px}
      .axis{flex:none;width:26px}
      .axis .col{background:none;border:0}
      .axis .col::after{display:none}
      .axis span{position:absolute;right:4px;font-size:10px;color:#8c959f;line-height:1}
      .day{flex:1;min-width:0}
      .day.busy{flex:2.2}
      .dh{height:30px;font-size:12px;font-weight:600;text-align:center;line-height:1.25}
      .dh small{display:block;color:var(--late);font-size:10px;font-weight:500}
      .col{position:relative;overflow:hidden;border-left:1px solid var(--line);background:repeating-linear-gradient(135deg,#f1f2f4 0 4px,#e6e8eb 4px 8px)}
      .col::after{content:"";position:absolute;inset:0;pointer-events:none;z-index:1;background:repeating-linear-gradient(to bottom,rgba(0,0,0,.07) 0 1px,transparent 1px 60px)}
      .band{position:absolute;left:0;right:0}
      .band.avail{background:var(--avail)}
      .band.work{background:#fff}
      .day.rest .band{display:none}
      .hull{position:absolute;left:0;width:4px;z-index:3;background:var(--late);border-radius:0 2px 2px 0}
      .mtg{position:absolute;left:6px;right:3px;z-index:2;overflow:hidden;padding:1px 5px;border-radius:4px;background:var(--meet);color:#fff;font-size:11px;line-height:13px;border:1px solid rgba(0,0,0,.12)}
      .mtg.late{background:var(--late)}
      .mtg.opt{background:#fff;color:var(--meet);border:1px dashed var(--meet)}
      .mtg b,.mtg .t{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
      .mtg b{font-weight:600}
      .mtg .w{display:block;overflow:hidden;opacity:.9}
      footer{margin-top:20px;color:var(--muted);font-size:12px}
      footer p{margin:4px 0}
      .key{display:inline-block;width:12px;height:12px;vertical-align:-2px;border:1px solid var(--line);margin-left:8px}
      .key.work{background:#fff}.key.avail{background:var(--avail)}.key.meet{background:var(--meet)}.key.late{background:var(--late)}
      .key.none{background:repeating-linear-gradient(135deg,#f1f2f4 0 3px,#e0e3e6 3px 6px)}
      .key.hull{width:4px;background:var(--late)}
      """;

  /** The week switch: the checked radio button shows its grids and marks its label. */
  static String switches(int groups) {
    StringBuilder css = new StringBuilder();
    for (int g = 0; g < groups; g++) {
      css.append("#wk").append(g).append(":checked~main .wk").append(g).append("{display:flex}\n")
          .append("#wk").append(g).append(":checked~nav label[for=wk").append(g)
          .append("]{background:var(--ink);color:#fff;border-color:var(--ink)}\n");
    }
    return css.toString();
  }
}
