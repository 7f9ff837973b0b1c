// Partial result files: round trip, and every kind of damage reported by name.
#include "partial.h"

#include <catch2/catch.hpp>

using entente::decode_partial;
using entente::encode_partial;
using entente::PartialError;
using nlohmann::json;

namespace {

json sample_payload() {
  return {{"kind", "map"},
          {"first_id", 3},
          {"values", {1.5, -2.25, 1e300}},
          {"hashes", {std::uint64_t{18446744073709551615ull}, 0}},
          {"text", "Pakistan \xE2\x80\x94 Russia"}};
}

std::string error_of(std::string_view bytes) {
  try {
    decode_partial(bytes);
  } catch (const PartialError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a partial round-trips exactly, doubles and 64-bit hashes included") {
  const std::string bytes = encode_partial(sample_payload());
  CHECK(bytes.substr(0, 8) == "ENTPART\n");
  CHECK(decode_partial(bytes) == sample_payload());
  CHECK(decode_partial(bytes)["hashes"][0].get<std::uint64_t>() == 18446744073709551615ull);
}

TEST_CASE("a truncated partial is reported as truncated, with the byte counts") {
  const std::string bytes = encode_partial(sample_payload());
  CHECK_THAT(error_of(bytes.substr(0, bytes.size() - 1)), Catch::StartsWith("truncated: "));
  CHECK_THAT(error_of(bytes.substr(0, 20)), Catch::Contains("header is cut short"));
  CHECK_THAT(error_of(bytes.substr(0, 30)), Catch::Contains("2 of "));
}

TEST_CASE("a damaged payload fails its checksum; extra bytes are corrupt too") {
  std::string bytes = encode_partial(sample_payload());
  bytes[bytes.size() - 3] ^= 0x20;
  CHECK_THAT(error_of(bytes), Catch::Contains("checksum mismatch"));
  CHECK_THAT(error_of(encode_partial(sample_payload()) + "x"), Catch::Contains("unexpected bytes"));
}

TEST_CASE("a partial of another format version is refused with both versions named") {
  std::string bytes = encode_partial(sample_payload());
  bytes[8] = 7;  // the version's low byte
  const std::string e = error_of(bytes);
  CHECK_THAT(e, Catch::Contains("version 7"));
  CHECK_THAT(e, Catch::Contains("reads version " + std::to_string(entente::kPartialVersion)));
}

TEST_CASE("files that are not partials are named as such") {
  CHECK_THAT(error_of("{\"version\": 1}"), Catch::Contains("not an entente partial"));
  CHECK_THAT(error_of(""), Catch::Contains("not an entente partial"));
  // A well-framed payload without a kind is not a partial either.
  CHECK_THAT(error_of(encode_partial(json{{"first_id", 0}})), Catch::Contains("not a partial result"));
}
