// No tracked file may cite a document or a section that does not exist. A citation is a path
// `docs/<name>.md` followed on the same line by section references `§N` / `§N.M…` (every `§` after
// the path, up to the next `docs/…` path or the word "RFC", belongs to it — so
// `docs/protocol.md §3.2 Priority, §3.3 Arbitration window` cites two sections). Inside docs/,
// a `§` before any path refers to the document itself. A section exists when the document has a
// heading `## N Title` or `### N.M Title` (the convention stated at the top of each doc). The old
// external target document is not in the repository, so any mention of it fails too.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../src/paths.ts";

interface Citation {
  file: string;
  line: number;
  doc: string;
  section?: string;
}

/** Split so that this file does not mention the name itself. */
const RETIRED_DOC = ["ARCHI", "TECTURE"].join("");

const DOC_PATH = /\bdocs\/([\w-]+\.md)\b/g;
const SECTION = /§(\d+(?:\.\d+)*)/g;

/** Section references of one stretch of text, ignoring everything from the word "RFC" on. */
function sectionsIn(text: string): string[] {
  const end = text.search(/\bRFC\b/);
  return [...(end === -1 ? text : text.slice(0, end)).matchAll(SECTION)].map((m) => m[1]!);
}

/** Every citation in `text`; `selfDoc` is the document bare `§` references mean (files in docs/). */
function citationsIn(file: string, text: string, selfDoc?: string): Citation[] {
  const out: Citation[] = [];
  text.split("\n").forEach((line, i) => {
    const matches = [...line.matchAll(DOC_PATH)];
    const prefix = line.slice(0, matches[0]?.index ?? line.length);
    if (selfDoc !== undefined) for (const section of sectionsIn(prefix)) out.push({ file, line: i + 1, doc: selfDoc, section });
    matches.forEach((m, j) => {
      const doc = `docs/${m[1]}`;
      const stretch = line.slice(m.index! + m[0].length, matches[j + 1]?.index ?? line.length);
      const sections = sectionsIn(stretch);
      if (sections.length === 0) out.push({ file, line: i + 1, doc });
      for (const section of sections) out.push({ file, line: i + 1, doc, section });
    });
  });
  return out;
}

/** Section numbers of a document: headings `## N Title`, `### N.M Title`, … */
function headingsOf(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#{2,6} (\d+(?:\.\d+)*) \S/gm)].map((m) => m[1]!));
}

function trackedTextFiles(): { file: string; text: string }[] {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: repoRoot, encoding: "utf8" }).split("\0").filter(Boolean);
  return files.flatMap((file) => {
    const full = path.join(repoRoot, file);
    if (!existsSync(full)) return []; // deleted in the work tree, not yet committed
    const text = readFileSync(full, "utf8");
    return text.includes("\u0000") ? [] : [{ file, text }];
  });
}

const files = trackedTextFiles();
const docFiles = files.filter((f) => /^docs\/[\w-]+\.md$/.test(f.file));

describe("documentation citations", () => {
  it("finds the documents", () => {
    expect(docFiles.map((f) => f.file).sort()).toEqual(expect.arrayContaining(["docs/architecture.md", "docs/protocol.md"]));
  });

  it("every numbered heading follows the convention: `## N Title`, `### N.M Title`, unique, nested under its parent", () => {
    const problems: string[] = [];
    for (const { file, text } of docFiles) {
      let top: string | undefined;
      const seen = new Set<string>();
      for (const [i, line] of text.split("\n").entries()) {
        const h = /^(#{2,6}) (\d[\d.]*)(\.?) /.exec(line);
        if (!h) continue;
        const [, hashes, number, dot] = h as unknown as [string, string, string, string];
        const parts = number.split(".");
        const where = `${file}:${i + 1} ${line}`;
        if (dot || number.endsWith(".") || parts.some((p) => !/^\d+$/.test(p)))
          problems.push(`${where}: write the number as N or N.M, no trailing dot`);
        if (hashes.length !== parts.length + 1) problems.push(`${where}: §${number} needs ${"#".repeat(parts.length + 1)}`);
        if (parts.length === 1) top = number;
        else if (parts[0] !== top) problems.push(`${where}: §${number} sits under §${top}`);
        if (seen.has(number)) problems.push(`${where}: §${number} appears twice`);
        seen.add(number);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every tracked file cites only documents and sections that exist", () => {
    const headings = new Map(docFiles.map((f) => [f.file, headingsOf(f.text)]));
    const broken: string[] = [];
    let count = 0;
    for (const { file, text } of files) {
      const self = docFiles.some((d) => d.file === file) ? file : undefined;
      for (const c of citationsIn(file, text, self)) {
        count++;
        const where = `${c.file}:${c.line}`;
        if (!existsSync(path.join(repoRoot, c.doc))) broken.push(`${where}: ${c.doc} does not exist`);
        else if (c.section !== undefined && !headings.get(c.doc)?.has(c.section)) broken.push(`${where}: ${c.doc} has no §${c.section}`);
      }
    }
    expect(broken).toEqual([]);
    expect(count).toBeGreaterThan(100); // the scan did find the citations (conformance scenarios alone hold ~55)
  });

  it(`no tracked file mentions ${RETIRED_DOC}.md, which is not in the repository`, () => {
    const mention = new RegExp(`\\b${RETIRED_DOC}(\\.md\\b|\\s*§)`);
    const hits = files.flatMap(({ file, text }) =>
      text.split("\n").flatMap((line, i) => (mention.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it("the README's layout table and docs/architecture.md §1 list every top-level folder and package", () => {
    const folders = new Set(
      files.flatMap(({ file }) => {
        const parts = file.split("/");
        if (parts.length < 2 || parts[0]!.startsWith(".")) return [];
        return [parts[0] === "packages" && parts.length > 2 ? `packages/${parts[1]}/` : `${parts[0]}/`];
      }),
    );
    for (const doc of ["README.md", "docs/architecture.md"]) {
      const text = files.find((f) => f.file === doc)!.text;
      const listed = new Set([...text.matchAll(/^\| `([\w./-]+\/)` \|/gm)].map((m) => m[1]!));
      expect(
        [...folders].filter((f) => !listed.has(f)),
        `${doc} misses`,
      ).toEqual([]);
      expect(
        [...listed].filter((f) => !f.startsWith(".") && !f.startsWith("src/") && !folders.has(f)),
        `${doc} lists what is not there`,
      ).toEqual([]);
    }
  });

  it("reads citations the way the convention says (self-check of the scanner)", () => {
    const D = "docs/"; // so that the scan above does not read these samples as citations
    const sample = [
      `spec: "${D}protocol.md §3.2 Priority, §3.3 Arbitration window"`,
      `// Merkle proofs (${D}protocol.md §4.5) follow RFC 6962 §2.1.1.`,
      `see ${D}architecture.md and ${D}nowhere.md §1`,
      `as §2 says (${D}protocol.md §9)`,
    ].join("\n");
    const found = citationsIn("x", sample, `${D}self.md`).map((c) => `${c.line} ${c.doc}${c.section ? ` §${c.section}` : ""}`);
    expect(found).toEqual([
      `1 ${D}protocol.md §3.2`,
      `1 ${D}protocol.md §3.3`,
      `2 ${D}protocol.md §4.5`,
      `3 ${D}architecture.md`,
      `3 ${D}nowhere.md §1`,
      `4 ${D}self.md §2`,
      `4 ${D}protocol.md §9`,
    ]);
    expect([...headingsOf("## 3 Engine\n### 3.4 Holds\n#### 3.4.1 Expiry\n## 3.5. Bad\n# 1 Title")]).toEqual(["3", "3.4", "3.4.1"]);
  });
});
