"""Fails when TouchstoneCore or TouchstoneStats gains a user-facing sentence: the words a reader sees belong to
TouchstoneOutput's catalogue (`Words`, `<Type>+Words.swift`), and the core returns values and typed findings.

A sentence is a string literal (comments are not code) holding a CJK character, or a run of at least three
English words (two or more ASCII letters each; an interpolation `\\(…)` breaks the run as a number or id would),
as `EnglishSentences` counts them in the Chinese report. Messages of `precondition`, `fatalError` and `assert`
are for the programmer who misused an API, not for a reader, and are not counted. Identifiers, settings keys (`min_coverage`), ids and
file names are not words (they hold `_`, `.`, `/`, digits or backticks).

The sentences still there are listed, per file, in Tests/words-exceptions.txt (`count path  # why`): the check
fails when a file has more than its listed count (a new sentence: put its words in TouchstoneOutput), and
says so when a file has fewer (lower the count). Run from the package root: python3 Tests/check_words.py
(make check-words; part of make test). `--list` prints every sentence found."""
import glob
import re
import sys

ROOTS = ["Sources/TouchstoneCore", "Sources/TouchstoneStats"]
EXCEPTIONS = "Tests/words-exceptions.txt"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
WORD = re.compile(r"^[A-Za-z][A-Za-z'-]*[A-Za-z]$|^[aAI]$")


def literals(source):
    """The string literals of a Swift file outside comments, each as its text with interpolations replaced
    by a line break (so they break a run of words)."""
    out, i, n = [], 0, len(source)
    while i < n:
        if source.startswith("//", i):
            i = source.find("\n", i)
            i = n if i < 0 else i
        elif source.startswith("/*", i):
            j = source.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif source[i] == '"' or (source[i] == "#" and source.startswith('#"', i)):
            start = i
            text, i = string(source, i)
            if not misuse(source, start):
                out.append(text)
        else:
            i += 1
    return out


MISUSE = re.compile(r"\b(precondition|preconditionFailure|fatalError|assert|assertionFailure)\(")


def misuse(source, start):
    """Whether the literal at `start` is an argument of `precondition`, `fatalError` or `assert`: a message
    to the programmer who misused an API (the first error channel of STYLE.md), not to a reader."""
    window = source[max(0, start - 800):start]
    calls = list(MISUSE.finditer(window))
    if not calls:
        return False
    depth, i, rest = 1, 0, window[calls[-1].end():]
    while i < len(rest):
        if rest[i] == '"':
            _, i = string(rest, i)
            continue
        depth += rest[i] == "("
        depth -= rest[i] == ")"
        if depth == 0:
            return False
        i += 1
    return True


def string(source, i):
    """Reads the literal starting at `i`; returns its text and the index after it."""
    hashes = 0
    while source[i] == "#":
        hashes += 1
        i += 1
    multi = source.startswith('"""', i)
    quote = '"""' if multi else '"'
    close = quote + "#" * hashes
    escape = "\\" + "#" * hashes
    i += len(quote)
    text = []
    while i < len(source):
        if source.startswith(close, i):
            return "".join(text), i + len(close)
        if source.startswith(escape, i):
            i += len(escape)
            if i < len(source) and source[i] == "(":
                i = interpolation(source, i + 1)
                text.append("\n")
            else:
                text.append(" ")
                i += 1
            continue
        if not multi and source[i] == "\n":
            return "".join(text), i
        text.append(source[i])
        i += 1
    return "".join(text), i


def interpolation(source, i):
    """Skips an interpolation's expression (nested parentheses and strings) after its `(`."""
    depth = 1
    while i < len(source) and depth:
        c = source[i]
        if c == '"':
            _, i = string(source, i)
            continue
        depth += c == "("
        depth -= c == ")"
        i += 1
    return i


def sentences(text):
    found = []
    if CJK.search(text):
        found.append(text)
        return found
    for line in text.split("\n"):
        run = []
        for token in line.split(" "):
            word = token.strip(",;:.!?()[]*\"")
            if WORD.match(word):
                run.append(word)
            else:
                if len(run) >= 3:
                    found.append(" ".join(run))
                run = []
        if len(run) >= 3:
            found.append(" ".join(run))
    return found


def main():
    listed = {}
    for line in open(EXCEPTIONS, encoding="utf-8"):
        line = line.split("#")[0].strip()
        if line:
            count, path = line.split(None, 1)
            listed[path.strip()] = int(count)
    found = {}
    for root in ROOTS:
        for f in sorted(glob.glob(root + "/**/*.swift", recursive=True)):
            hits = [s for lit in literals(open(f, encoding="utf-8").read()) for s in sentences(lit)]
            if hits:
                found[f] = hits
    status = 0
    for f, hits in found.items():
        allowed = listed.get(f, 0)
        if "--list" in sys.argv:
            for h in hits:
                print(f"{f}: {h[:100]!r}")
        if len(hits) > allowed:
            status = 1
            print(f"error: {f}: {len(hits)} user-facing sentences, {allowed} listed in {EXCEPTIONS}; "
                  f"put the words in TouchstoneOutput (a typed value in the core, its words in the catalogue): "
                  + "; ".join(repr(h[:60]) for h in hits[allowed:][:3]), file=sys.stderr)
        elif len(hits) < allowed:
            print(f"note: {f}: {len(hits)} sentences, {allowed} listed; lower its count in {EXCEPTIONS}")
    for f in listed:
        if f not in found:
            print(f"note: {f} has no sentence left; remove it from {EXCEPTIONS}")
    total = sum(len(h) for h in found.values())
    print(f"{total} sentences left in {len(found)} files of TouchstoneCore and TouchstoneStats, all listed"
          if status == 0 else "Fix: no new sentences in TouchstoneCore or TouchstoneStats")
    sys.exit(status)


if __name__ == "__main__":
    main()
