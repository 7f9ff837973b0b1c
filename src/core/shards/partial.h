// Partial results on disk (`entente map`, `entente align`): a framed binary file that `entente reduce`
// merges. Layout: 8-byte magic "ENTPART\n", format version (u32 LE), payload length (u64 LE), xxHash3 of the
// payload (u64 LE), then the payload as MessagePack (nlohmann/json). Any damage is reported, never guessed
// around.
#pragma once

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>

namespace entente {

inline constexpr std::uint32_t kPartialVersion = 2;  // 2: deals carry evidence_extra and aggregate
inline constexpr std::size_t kPartialHeaderBytes = 28;

// A partial that cannot be used: not a partial, a foreign format version, truncated, corrupt or malformed.
// what() is a sentence for the user ("truncated: ...").
class PartialError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Frames `payload` (an object holding a string "kind") as a partial file's bytes.
std::string encode_partial(const nlohmann::json& payload);

// Checks the frame and decodes the payload. Throws PartialError naming the first problem found: bad magic,
// another format version, fewer or more bytes than the header announces, checksum mismatch, or a payload
// that is not MessagePack or has no "kind".
nlohmann::json decode_partial(std::string_view bytes);

}  // namespace entente
