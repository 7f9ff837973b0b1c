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
