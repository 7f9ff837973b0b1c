// Ingest: errors per file, titles, HTML input, size limits.
#include "ingest.h"

#include <catch2/catch.hpp>

using entente::IngestLimits;
using entente::InputFile;

TEST_CASE("a short first line is the title") {
  auto d = entente::ingest_file(0, InputFile{"a.txt", "  A possible alliance \n\nBody text here.", ""}, {});
  CHECK(d.ok());
  CHECK(d.title == "A possible alliance");
  CHECK(d.sentences.size() == 2);
}

TEST_CASE("a long first line is not a title") {
  auto d = entente::ingest_file(0, InputFile{"a.txt", std::string(300, 'x') + ".", ""}, {});
  CHECK(d.title.empty());
}

TEST_CASE("html files are stripped before tokenizing") {
  auto d = entente::ingest_file(0, InputFile{"p.html", "<p>Hello <i>world</i>.</p>", ""}, {});
  CHECK(d.text == "Hello world.");
  CHECK(d.tokens.size() == 3);
}

TEST_CASE("read errors, empty and oversized files become document errors") {
  CHECK(entente::ingest_file(0, InputFile{"x", "", "no such file"}, {}).error == "no such file");
  CHECK(entente::ingest_file(0, InputFile{"x", "", ""}, {}).error == "empty file");
  IngestLimits small;
  small.max_file_bytes = 4;
  auto d = entente::ingest_file(3, InputFile{"big.txt", "0123456789", ""}, small);
  CHECK(d.id == 3);
  CHECK(d.bytes == 10);
  CHECK_THAT(d.error, Catch::Contains("too large"));
}

TEST_CASE("punctuation-only files have no text") {
  CHECK(entente::ingest_file(0, InputFile{"x", "... -- !", ""}, {}).error == "no text found in the file");
}

TEST_CASE("base names drop folders on either separator") {
  CHECK(entente::base_name("a/b/c.txt") == "c.txt");
  CHECK(entente::base_name("C:\\d\\e.md") == "e.md");
}
