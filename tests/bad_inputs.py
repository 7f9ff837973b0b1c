"""The bad-input matrix for `entente analyze` (run by tests/bad_inputs_test.sh).

Generates every input in a temporary folder, runs the CLI on them (one folder run with everything plus a
good article, then separate runs for the size and time cases) and checks each document's outcome. Time
bounds are loose (10x the CPU time of a normal text of the same size, plus a second of slack): only a
return of quadratic behaviour breaks them. Prints a table: input, outcome, CPU seconds, peak MB.
"""
import json
import os
import random
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

CLI, SEEDS, WORK = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
FAST = ["--lda-k", "2", "--lda-iterations", "5"]
TIMEOUT = 120
failures = []
rows = []


def run(paths, *, user=None):
    """Runs the CLI on paths; returns (result JSON or None, stderr, seconds, peak MB, exit code)."""
    out = WORK / "out.json"
    cmd = [CLI, "analyze", "--out", str(out), *FAST, *map(str, paths)]
    if user is not None:
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]
    # A small helper process starts the CLI and reports its CPU time and peak memory (wait4): a child
    # forked from this process would count this process's memory as its own.
    err_path = WORK / "stderr.txt"
    with open(err_path, "wb") as err_file:
        helper = subprocess.run([sys.executable, "-c", MEASURE, str(TIMEOUT), *cmd], stdout=subprocess.PIPE,
                                stderr=err_file)
    code, seconds, peak = helper.stdout.decode().split()
    code, seconds, peak = int(code), float(seconds), float(peak)
    err = err_path.read_text("utf-8", "replace")
    if code == -1000:
        return None, "timed out (hang?)", TIMEOUT, 0, -1
    result = json.loads(out.read_text()) if out.exists() and code in (0, 1) else None
    if out.exists():
        out.unlink()
    return result, err, seconds, peak, code


# Runs argv[2:] with a timeout of argv[1] seconds; prints its exit code (-1000 on timeout), CPU seconds
# (user + system) and peak resident memory in MB.
MEASURE = """
import os, subprocess, sys, time
proc = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL)
start = time.monotonic()
while True:
    pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
    if pid:
        code = os.waitstatus_to_exitcode(status)
        break
    if time.monotonic() - start > float(sys.argv[1]):
        proc.kill()
        pid, status, usage = os.wait4(proc.pid, 0)
        code = -1000
        break
    time.sleep(0.01)
print(code, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
"""


def check(name, ok, detail=""):
    if not ok:
        failures.append(f"{name}: {detail}")


def normal_text(size):
    """Seed op-eds repeated to `size` bytes: the same-size normal text for time bounds."""
    body = "\n\n".join(p.read_text() for p in sorted(SEEDS.glob("*.txt")))
    return (body * (size // len(body) + 1))[:size]


# ------------------------------------------------------------------ the inputs of one folder run
def make_matrix(d):
    d.mkdir()
    rnd = random.Random(13)
    sentence = "India and Japan signed a $5 billion deal in 2023."
    files = {
        "empty.txt": b"",
        "binary.txt": bytes(rnd.getrandbits(8) for _ in range(4096)),
        "png.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rnd.getrandbits(8) for _ in range(4096)),
        "pdf.txt": b"%PDF-1.4\n1 0 obj << /Length 4096 /Filter /FlateDecode >>\nstream\n"
        + bytes(rnd.getrandbits(8) for _ in range(4096)) + b"\nendstream endobj\n%%EOF\n",
        "invalid_utf8.txt": b"India \xff\xfe signed \xc3( a deal \x80 worth $5 billion.",
        "utf16le_bom.txt": b"\xff\xfe" + sentence.encode("utf-16-le"),
        "utf16be_bom.txt": b"\xfe\xff" + sentence.encode("utf-16-be"),
        "utf16le.txt": sentence.encode("utf-16-le"),
        "utf16be.txt": sentence.encode("utf-16-be"),
        "cp1252.txt": "Caf\u00e9 talks: India and Japan agreed a \u20ac5 billion deal.".encode("cp1252"),
        "stray_byte.txt": "Japan will lend India \u20ac5 billion, caf\u00e9 \u2014 ok.".encode() + b" \xff end.",
        "nul.txt": (sentence + " ").encode() * 20 + b"\x00" + sentence.encode() * 20,
        "deep.html": b"<div>" * 100000 + sentence.encode() + b"</div>" * 100000,
        "script.html": b"<html><body><script>" + b"var x = 'deal';\n" * 700000 + b"</script><style>"
        + b"p { color: red }\n" * 100000 + b"</style><p>" + sentence.encode() + b"</p></body></html>",
        "absurd.txt": ("They paid $1e308 for it. A number of 10,000 digits: " + "7" * 10000
                       + ". India will pay 999999999999999999999999 billion dollars.").encode(),
        "<img src=x onerror=alert(1)>.txt": sentence.encode(),
        "quote\"s'.txt": sentence.encode(),
        "new\nline.txt": sentence.encode(),
        "back\\slash.txt": sentence.encode(),
        "=cmd().txt": sentence.encode(),
    }
    docx = d / "docx.txt"
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types>" + "<Override PartName='/x'/>" * 50 + "</Types>")
        z.writestr("word/document.xml", "<w:document><w:p><w:r><w:t>" + sentence * 40 + "</w:t></w:r></w:p></w:document>")
    for name, data in files.items():
        (d / name).write_bytes(data)
    (d / "zz_good.txt").write_bytes(sorted(SEEDS.glob("*.txt"))[0].read_bytes())
    os.symlink("loop.txt", d / "loop.txt")
    os.mkfifo(d / "fifo.txt")
    with open(d / "line100mb.txt", "wb") as f:
        chunk = b"word " * 200000
        for _ in range(100):
            f.write(chunk)
    return sentence


# The amounts the matrix files state, as the contract gives them (money mentions carry offsets, not text).
AMOUNTS = {"$5 billion": (5e9, "USD"), "\u20ac5 billion": (5e9, "EUR")}


def money(doc_mentions, amount):
    value, unit = AMOUNTS[amount]
    return [m for m in doc_mentions if m["type"] == "money" and m.get("value") == value and m.get("unit") == unit]


def check_matrix(d, sentence):
    result, err, seconds, peak, code = run([d])
    rows.append(("folder of all inputs below + a good article", f"exit {code}", seconds, peak))
    if result is None:
        failures.append(f"matrix folder run failed: exit {code}: {err[-500:]}")
        return
    docs = {doc["name"]: doc for doc in result["documents"]}
    mentions = result["mentions"]

    def doc_mentions(name):
        return [m for m in mentions if m["doc"] == docs[name]["id"]]

    def outcome(name, want_error=None, encoding=None, amount=None):
        doc = docs.get(name)
        if doc is None:
            failures.append(f"{name!r}: missing from the result (silently dropped)")
            rows.append((name, "MISSING", 0, 0))
            return
        error = doc["error"]
        if want_error:
            check(name, error is not None and want_error in error, f"error {error!r}, wanted {want_error!r}")
            check(name, f"{name}: {error}" in err or name in err, "no message on standard error")
        else:
            check(name, error is None and doc["tokens"] > 0, f"not analyzed: {error!r}")
        if encoding:
            check(name, doc["encoding"] == encoding, f"encoding {doc['encoding']!r}, wanted {encoding!r}")
        if amount:
            check(name, len(money(doc_mentions(name), amount)) >= 1, f"no money mention {amount!r}")
        rows.append((name, f"error: {error}" if error else f"analyzed ({doc['encoding']}, {doc['tokens']} tokens)",
                     None, None))

    outcome("empty.txt", "empty file")
    for name in ["binary.txt", "png.txt", "pdf.txt", "docx.txt"]:
        outcome(name, "binary file")
    outcome("invalid_utf8.txt", amount="$5 billion")
    for name, enc in [("utf16le_bom.txt", "utf-16le"), ("utf16be_bom.txt", "utf-16be"), ("utf16le.txt", "utf-16le"),
                      ("utf16be.txt", "utf-16be")]:
        outcome(name, encoding=enc, amount="$5 billion")
    outcome("cp1252.txt", encoding="windows-1252", amount="\u20ac5 billion")
    outcome("stray_byte.txt", encoding="utf-8-replaced", amount="\u20ac5 billion")
    outcome("nul.txt", amount="$5 billion")
    outcome("deep.html", amount="$5 billion")
    outcome("script.html", amount="$5 billion")
    check("script.html", docs["script.html"]["tokens"] < 50, "script or style text was kept")
    outcome("absurd.txt")
    absurd = doc_mentions("absurd.txt")
    absurd_bytes = (d / "absurd.txt").read_bytes()
    check("absurd.txt", not any(m["type"] == "money" and absurd_bytes[m["start"]:m["end"]].startswith(b"$1")
                                for m in absurd),
          f"'$1e308' read as an amount: {absurd}")
    check("absurd.txt", all(m.get("value") is None or m["value"] < 1e30 for m in absurd), f"absurd values: {absurd}")
    for name in ["<img src=x onerror=alert(1)>.txt", "quote\"s'.txt", "new\nline.txt", "back\\slash.txt", "=cmd().txt"]:
        outcome(name, amount="$5 billion")
    outcome("zz_good.txt")
    check("zz_good.txt", any(deal["doc"] == docs["zz_good.txt"]["id"] for deal in result["deals"]), "no deals")
    outcome("loop.txt", "symbolic link loop")
    outcome("fifo.txt", "not a regular file")
    outcome("line100mb.txt", "file too large")
    check("line100mb.txt", docs["line100mb.txt"]["bytes"] == 100 * 1000000, "size not reported")


# ------------------------------------------------------------------ time and size cases, one run each
def timed(name, path, normal_path):
    result, err, seconds, peak, code = run([path])
    _, _, normal_seconds, _, _ = run([normal_path])
    ok = result is not None and result["documents"][0]["error"] is None
    check(name, ok, f"not analyzed: exit {code} {err[-300:]}")
    bound = 10 * normal_seconds + 1.0
    check(name, seconds < bound, f"{seconds:.1f} s, over 10x a normal text of the same size ({normal_seconds:.1f} s)")
    rows.append((name, f"analyzed; normal text of the same size: {normal_seconds:.2f} s", seconds, peak))
    return result


def check_sizes():
    normal2 = WORK / "normal2mb.txt"
    normal2.write_text(normal_text(2 << 20))
    normal5 = WORK / "normal5mb.txt"
    normal5.write_text(normal_text(5 << 20))

    words = WORK / "repeated1m.txt"
    words.write_bytes(b"word " * 1000000)
    timed("1 million repeated words (5 MB)", words, normal5)

    rnd = random.Random(7)
    vocab = ("India Russia signed agreement worth million supply helicopters the and of to for in pipeline deal "
             "loan $5 billion 2019").split()
    nopunct = WORK / "nopunct2mb.txt"
    text = " ".join(rnd.choice(vocab) for _ in range(400000))
    nopunct.write_text(text[: 2 << 20])
    result = timed("a 2 MB sentence without punctuation", nopunct, normal2)
    if result:
        longest = max((d["evidence"]["end"] - d["evidence"]["start"] for d in result["deals"]), default=0)
        check("no punctuation", longest <= 4100, f"evidence of {longest} bytes")

    spam = WORK / "deal200kb.txt"
    spam.write_bytes(b"deal " * 40000)
    normal200 = WORK / "normal200kb.txt"
    normal200.write_text(normal_text(200000))
    timed("'deal ' x 40,000 (200 KB)", spam, normal200)

    verbs = WORK / "supplies2mb.txt"
    verbs.write_text(("India supplies Pakistan exports. " * 70000)[: 2 << 20])
    timed("2 MB of 'India supplies Pakistan exports.'", verbs, normal2)

    counted = WORK / "stakes2mb.txt"
    counted.write_text(("India buys 10 jets and a 26% stake. " * 60000)[: 2 << 20])
    timed("2 MB of 'India buys 10 jets and a 26% stake.'", counted, normal2)

    amps = WORK / "amps1mb.html"
    amps.write_bytes(b"<p>" + b"R&D " * 250000 + b"</p>")
    normal1 = WORK / "normal1mb.html"
    normal1.write_text("<p>" + normal_text(1 << 20) + "</p>")
    timed("HTML with 250,000 '&' without ';' (1 MB)", amps, normal1)

    many = WORK / "many"
    many.mkdir()
    for k in range(5000):
        (many / f"f{k:04d}.txt").write_text(f"Note {k}: India and Japan met.")
    result, err, seconds, peak, code = run([many])
    n = len(result["documents"]) if result else 0
    check("5,000 tiny files", n == 5000 and all(d["error"] is None for d in result["documents"]),
          f"{n} documents, exit {code}")
    rows.append(("5,000 tiny files", f"{n} documents analyzed", seconds, peak))


def check_unreadable():
    d = WORK / "unreadable"
    d.mkdir()
    (d / "a_ok.txt").write_text("India and Japan signed a $5 billion deal.")
    (d / "b_secret.txt").write_text("secret")
    locked = d / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text("x")
    os.chmod(d / "b_secret.txt", 0)
    os.chmod(locked, 0)
    user = None
    if os.geteuid() == 0:
        # Root reads every file: run the CLI as 'nobody' when it can reach the binary, else say so.
        os.chmod(WORK, 0o755)
        for p in [d, d / "a_ok.txt"]:
            os.chmod(p, os.stat(p).st_mode | stat.S_IROTH | stat.S_IXOTH)
        probe = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", CLI, "--version"],
                               capture_output=True)
        if probe.returncode != 0:
            rows.append(("unreadable file and folder", "SKIPPED: running as root (reads any file), and user "
                         "nobody cannot run the CLI here", None, None))
            return
        user = 65534
    out = WORK / "out.json"
    os.chmod(WORK, 0o777)
    result, err, seconds, peak, code = run([d, locked], user=user)
    os.chmod(WORK, 0o755)
    if result is None:
        failures.append(f"unreadable run failed: exit {code} {err[-300:]}")
        return
    docs = {doc["name"]: doc for doc in result["documents"]}
    check("unreadable file", "cannot read" in (docs.get("b_secret.txt", {}).get("error") or ""), str(docs.keys()))
    check("unreadable folder", "cannot read the folder" in (docs.get("locked", {}).get("error") or ""),
          str(docs.keys()))
    check("readable neighbour", docs.get("a_ok.txt", {}).get("error", "missing") is None, "not analyzed")
    who = " (as user nobody: root reads any file)" if user else ""
    rows.append(("unreadable file and folder" + who, "per-file errors; the readable file analyzed", seconds, peak))


def main():
    sentence = make_matrix(WORK / "matrix")
    check_matrix(WORK / "matrix", sentence)
    check_unreadable()
    check_sizes()
    for name, outcome, seconds, peak in rows:
        shown = name.replace("\n", "\\n")
        figures = f"{seconds:6.2f} s {peak:6.0f} MB" if seconds is not None else " " * 17
        print(f"     {figures}  {shown}: {outcome}")
    for f in failures:
        print("FAIL bad inputs " + f.replace("\n", "\\n"))
    print("ok   bad inputs: every input gave a message or a result" if not failures else "")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
