// The CLI's inputs: files that cannot be read are reported, never dropped, and never block the run.
#include "inputs.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using entente::collect_inputs;
using entente::IngestLimits;

namespace {

// A fresh folder under the system's temporary folder, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "entente-inputs-XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path, ec);
  }
  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return path / name;
  }
};

const entente::InputFile* named(const std::vector<entente::InputFile>& v, const std::string& name) {
  for (const auto& f : v)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace

// Regression (issue 13): a symlink loop inside a folder vanished; a FIFO hung the CLI.
TEST_CASE("links that loop or dangle and FIFOs are reported, unopened") {
  TempDir d;
  d.write("a.txt", "India and Japan.");
  fs::create_symlink("loop.txt", d.path / "loop.txt");
  fs::create_symlink("nowhere.txt", d.path / "broken.txt");
  REQUIRE(mkfifo((d.path / "pipe.txt").c_str(), 0600) == 0);
  auto in = collect_inputs({d.path.string(), (d.path / "pipe.txt").string()}, {});
  REQUIRE(in.size() == 5);
  CHECK(named(in, "a.txt")->read_error.empty());
  CHECK(named(in, "a.txt")->bytes == "India and Japan.");
  CHECK(named(in, "loop.txt")->read_error == "symbolic link loop: skipped");
  CHECK(named(in, "broken.txt")->read_error == "broken symbolic link: skipped");
  CHECK(in[3].name == "pipe.txt");
  CHECK_THAT(in[3].read_error, Catch::StartsWith("not a regular file"));
  CHECK_THAT(in[4].read_error, Catch::StartsWith("not a regular file"));
}

// Regression (issue 13): a '\' in a file name cut the name at it.
TEST_CASE("a backslash is part of a file name") {
  TempDir d;
  fs::path p = d.write("back\\slash.txt", "x");
  auto in = collect_inputs({p.string()}, {});
  REQUIRE(in.size() == 1);
  CHECK(in[0].name == "back\\slash.txt");
}

// Regression (issue 13): a 200 MB file was read whole, then refused with the corpus-limit message.
TEST_CASE("files over a limit are refused before they are read") {
  TempDir d;
  fs::path big = d.write("big.txt", "");
  fs::resize_file(big, 200u << 20);  // sparse: no 200 MB written
  d.write("c.txt", std::string(30, 'c'));
  d.write("d.txt", std::string(30, 'd'));
  d.write("e.txt", "e");
  IngestLimits limits;
  limits.max_total_bytes = 50;
  limits.max_files = 3;
  auto in = collect_inputs({d.path.string()}, limits);
  REQUIRE(in.size() == 4);
  CHECK(in[0].name == "big.txt");
  CHECK(in[0].bytes.empty());
  CHECK(in[0].unread_bytes == (200u << 20));
  CHECK_THAT(in[0].read_error, Catch::StartsWith("file too large (200.0 MB"));
  CHECK(in[1].read_error.empty());
  CHECK_THAT(in[2].read_error, Catch::StartsWith("corpus size limit reached"));
  CHECK(in[2].bytes.empty());
  CHECK_THAT(in[3].read_error, Catch::StartsWith("file count limit reached"));
}

// Regression (issue 13): an unreadable folder vanished without a message. Root reads every folder, so
// the refusal is only checked when the test does not run as root.
TEST_CASE("an unreadable folder is reported") {
  TempDir d;
  fs::create_directory(d.path / "locked");
  d.write("locked/x.txt", "x");
  fs::permissions(d.path / "locked", fs::perms::none);
  auto in = collect_inputs({(d.path / "locked").string(), (d.path / "missing.txt").string()}, {});
  REQUIRE(in.size() == 2);
  if (geteuid() != 0) {
    CHECK(in[0].name == "locked");
    CHECK_THAT(in[0].read_error, Catch::StartsWith("cannot read the folder"));
  } else {
    CHECK(in[0].name == "x.txt");  // root: the folder is readable
  }
  CHECK(in[1].read_error == "no such file");
}
