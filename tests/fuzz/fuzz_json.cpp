// libFuzzer harness: the line-tracking JSON reader (json_lines.h). Malformed input must throw
// JsonLinesError and nothing else; lines are never past the end of the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "json_lines.h"

namespace {

int check(const entente::JsonNode& n, int max_line, int depth) {
  if (n.line < 1 || n.line > max_line || depth > 70) std::abort();
  int count = 1;
  for (const entente::JsonNode& item : n.items) count += check(item, max_line, depth + 1);
  for (const auto& [key, value] : n.members) count += check(value, max_line, depth + 1);
  if (!n.members.empty() && n.find(n.members.back().first) == nullptr) std::abort();
  return count;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  int lines = 1;
  for (char c : text) lines += c == '\n';
  try {
    check(entente::parse_json_lines(text), lines, 0);
  } catch (const entente::JsonLinesError& e) {
    if (e.line() < 1 || e.line() > lines) std::abort();
  }
  return 0;
}
