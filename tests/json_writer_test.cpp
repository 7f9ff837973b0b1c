// JsonWriter prints what nlohmann::ordered_json's dump() prints for the same values, at every indentation.
#include "json_writer.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>

using entente::JsonWriter;
using ordered = nlohmann::ordered_json;

namespace {

const std::vector<std::string> kStrings = {"",
                                           "plain",
                                           "quote \" and \\ backslash",
                                           "tab\tnew\nline\rfeed\f\bbell\x07",
                                           std::string("nul\0x", 5),
                                           "\x1f\x7f",
                                           "caf\xc3\xa9 \xe2\x82\xac"
                                           "5",
                                           "bad \xff byte",
                                           "cut \xe2\x82",
                                           "\xed\xa0\x80 surrogate"};
const std::vector<double> kDoubles = {0.0,
                                      -0.0,
                                      0.1,
                                      1.0 / 3,
                                      153000000.0,
                                      2024.0,
                                      1e-7,
                                      1e21,
                                      1e308,
                                      -2.5e-300,
                                      0.0304,
                                      std::nan(""),
                                      std::numeric_limits<double>::infinity()};

// The same document written both ways: {"s": [strings], "d": [doubles], "i": [...], "o": {...}, "e": [[],
// {}]}.
std::string written(int indent) {
  JsonWriter w(indent);
  w.begin_object().field("s", kStrings).field("d", kDoubles);
  w.key("i").begin_array().value(0).value(-17).value(std::numeric_limits<std::uint64_t>::max());
  w.value(std::size_t{42}).value(true).value(false).value(nullptr).value(std::optional<int>()).end_array();
  w.key("o").begin_object().field("nested", std::vector<std::vector<double>>{{0.5, 1.0}, {}}).end_object();
  w.key("e").begin_array().begin_array().end_array().begin_object().end_object().end_array();
  w.end_object();
  return w.take();
}

std::string dumped(int indent) {
  ordered o;
  o["s"] = kStrings;
  o["d"] = kDoubles;
  o["i"] = ordered::array(
      {0, -17, std::numeric_limits<std::uint64_t>::max(), std::size_t{42}, true, false, nullptr, nullptr});
  o["o"] = {{"nested", std::vector<std::vector<double>>{{0.5, 1.0}, {}}}};
  o["e"] = ordered::array({ordered::array(), ordered::object()});
  return o.dump(indent, ' ', false, ordered::error_handler_t::replace);
}

}  // namespace

TEST_CASE("JsonWriter prints what nlohmann's dump prints") {
  for (int indent : {-1, 0, 1, 4}) {
    INFO("indent " << indent);
    CHECK(written(indent) == dumped(indent));
  }
}

TEST_CASE("JsonWriter escapes control characters and keeps other ASCII as is") {
  JsonWriter w;
  w.value(std::string("a\x01\"\\/z"));
  CHECK(w.text() == "\"a\\u0001\\\"\\\\/z\"");
}

TEST_CASE("JsonWriter writes empty containers on one line") {
  JsonWriter w(2);
  w.begin_object().key("a").begin_array().end_array().end_object();
  CHECK(w.text() == "{\n  \"a\": []\n}");
}

TEST_CASE("JsonWriter copies valid UTF-8 and replaces invalid bytes exactly as dump() does") {
  auto dump = [](const std::string& s) {
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  auto write = [](const std::string& s) {
    JsonWriter w;
    w.value(s);
    return w.take();
  };
  // Edges of Unicode Table 3-7: the lowest and highest valid sequences of each length and their neighbours.
  const std::vector<std::string> edges = {"\xc2\x80",
                                          "\xdf\xbf",
                                          "\xc1\xbf",
                                          "\xe0\xa0\x80",
                                          "\xe0\x9f\xbf",
                                          "\xed\x9f\xbf",
                                          "\xed\xa0\x80",
                                          "\xef\xbf\xbf",
                                          "\xf0\x90\x80\x80",
                                          "\xf0\x8f\xbf\xbf",
                                          "\xf4\x8f\xbf\xbf",
                                          "\xf4\x90\x80\x80",
                                          "\xf5\x80\x80\x80",
                                          "\x80",
                                          "\xbf",
                                          "\xc2",
                                          "\xe2\x82",
                                          "\xf0\x9f\x98",
                                          "a\xc3\xa9\"\n\x01\x7f"};
  for (const std::string& s : edges) {
    INFO(s);
    CHECK(write(s) == dump(s));
    CHECK(write("x" + s + "y") == dump("x" + s + "y"));
  }
  std::mt19937 rng(99);
  for (int n = 0; n < 2000; ++n) {  // random bytes, most of them from the bytes that make up UTF-8
    std::string s;
    const int length = static_cast<int>(rng() % 12);
    for (int i = 0; i < length; ++i) {
      const unsigned r = rng();
      s += static_cast<char>(r % 4 == 0 ? r >> 8 : r % 4 == 1 ? 0x80 + (r >> 8) % 64 : 0xC0 + (r >> 8) % 64);
    }
    INFO(n);
    CHECK(write(s) == dump(s));
  }
}
