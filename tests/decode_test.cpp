// Decoding: UTF-8 with and without BOM, UTF-16 LE/BE, Windows-1252 fallback, binary and empty refusal.
#include "decode.h"

#include <catch2/catch.hpp>

using entente::decode_bytes;

TEST_CASE("plain UTF-8 passes through unchanged") {
  auto d = decode_bytes("Pakistan\xE2\x80\x99s gas");
  CHECK(d.encoding == "utf-8");
  CHECK(d.text == "Pakistan\xE2\x80\x99s gas");
  CHECK(d.error.empty());
}

TEST_CASE("a UTF-8 BOM is removed and reported") {
  auto d = decode_bytes("\xEF\xBB\xBFHello");
  CHECK(d.encoding == "utf-8-bom");
  CHECK(d.text == "Hello");
}

TEST_CASE("UTF-16 little endian with BOM decodes, including a surrogate pair") {
  std::string le(
      "\xFF\xFE"
      "A\0\x19\x20"
      "\x3D\xD8\x00\xDE",
      10);
  auto d = decode_bytes(le);
  CHECK(d.encoding == "utf-16le");
  CHECK(d.text == "A\xE2\x80\x99\xF0\x9F\x98\x80");
}

TEST_CASE("UTF-16 big endian with BOM decodes") {
  std::string be("\xFE\xFF\0O\0K", 6);
  auto d = decode_bytes(be);
  CHECK(d.encoding == "utf-16be");
  CHECK(d.text == "OK");
}

TEST_CASE("invalid UTF-8 falls back to Windows-1252") {
  auto d = decode_bytes(
      "caf\xE9 \x93quoted\x94 \x80"
      "5");
  CHECK(d.encoding == "windows-1252");
  CHECK(d.text ==
        "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC"
        "5");
}

TEST_CASE("NUL bytes mean binary") {
  auto d = decode_bytes(std::string("PK\x03\x04\0\0\0", 7));
  CHECK_THAT(d.error, Catch::Contains("binary"));
  CHECK(d.text.empty());
}

TEST_CASE("mostly control characters mean binary") {
  auto d = decode_bytes("\x01\x02\x03\x04\x05\x06 ab");
  CHECK_THAT(d.error, Catch::Contains("control characters"));
}

TEST_CASE("empty and blank files are refused") {
  CHECK(decode_bytes("").error == "empty file");
  CHECK(decode_bytes(" \n\t ").error == "empty file (no text)");
}

TEST_CASE("overlong and surrogate encodings are not valid UTF-8") {
  CHECK_FALSE(entente::is_valid_utf8("\xC0\xAF"));
  CHECK_FALSE(entente::is_valid_utf8("\xED\xA0\x80"));
  CHECK(entente::is_valid_utf8("\xEF\xBF\xBD"));
}

// Regression (issue 13): UTF-16 without a BOM was refused as binary (NUL bytes).
TEST_CASE("UTF-16 without a BOM is recognised by its NUL bytes") {
  std::string text = "India and Japan signed a $5 billion deal.";
  std::string le, be;
  for (char c : text) {
    le += c, le += '\0';
    be += '\0', be += c;
  }
  auto l = decode_bytes(le);
  CHECK(l.error.empty());
  CHECK(l.encoding == "utf-16le");
  CHECK(l.text == text);
  auto b = decode_bytes(be);
  CHECK(b.encoding == "utf-16be");
  CHECK(b.text == text);
}

// Regression (issue 13): one NUL byte refused the whole file.
TEST_CASE("a stray NUL byte is a space, many mean binary") {
  std::string text(2000, 'a');
  text[1000] = '\0';
  auto d = decode_bytes(text);
  CHECK(d.error.empty());
  CHECK(d.text.size() == 2000);
  CHECK(d.text[1000] == ' ');
  text[10] = text[20] = text[30] = '\0';
  CHECK_THAT(decode_bytes(text).error, Catch::Contains("NUL"));
  auto short_text = decode_bytes(std::string("India and Japan\0 signed a deal.", 31));
  CHECK(short_text.error.empty());
  CHECK(short_text.text == "India and Japan  signed a deal.");
}

// Regression (issue 13): one invalid byte turned a UTF-8 file into Windows-1252 mojibake.
TEST_CASE("mostly valid UTF-8 keeps its characters and replaces the bad byte") {
  auto d = decode_bytes(
      "\xE2\x82\xAC"
      "5 billion, caf\xC3\xA9 and one bad byte \xFF here");
  CHECK(d.encoding == "utf-8-replaced");
  CHECK(d.text ==
        "\xE2\x82\xAC"
        "5 billion, caf\xC3\xA9 and one bad byte \xEF\xBF\xBD here");
  auto bom = decode_bytes(
      "\xEF\xBB\xBF\xE2\x82\xAC"
      "5 \x80");
  CHECK(bom.encoding == "utf-8-replaced");
  CHECK(bom.text ==
        "\xE2\x82\xAC"
        "5 \xEF\xBF\xBD");
}
