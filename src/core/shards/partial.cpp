// Framing of partial result files: magic, version, length and checksum around a MessagePack payload.
#include "partial.h"

#include <cstdint>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace entente {
namespace {

constexpr std::string_view kMagic("ENTPART\n", 8);

void put_le(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

std::uint64_t get_le(std::string_view in, std::size_t at, int bytes) {
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v |= std::uint64_t{static_cast<unsigned char>(in[at + i])} << (8 * i);
  return v;
}

}  // namespace

std::string encode_partial(const nlohmann::json& payload) {
  const std::vector<std::uint8_t> body = nlohmann::json::to_msgpack(payload);
  std::string out(kMagic);
  put_le(out, kPartialVersion, 4);
  put_le(out, body.size(), 8);
  put_le(out, XXH3_64bits(body.data(), body.size()), 8);
  out.append(reinterpret_cast<const char*>(body.data()), body.size());
  return out;
}

nlohmann::json decode_partial(std::string_view bytes) {
  if (bytes.size() < kMagic.size() || bytes.substr(0, kMagic.size()) != kMagic)
    throw PartialError("not an entente partial result (no ENTPART header)");
  if (bytes.size() < kPartialHeaderBytes)
    throw PartialError("truncated: the " + std::to_string(kPartialHeaderBytes) + "-byte header is cut short");
  const std::uint64_t version = get_le(bytes, 8, 4);
  if (version != kPartialVersion)
    throw PartialError("partial format version " + std::to_string(version) +
                       ", but this entente reads version " + std::to_string(kPartialVersion) +
                       ": make the partials again with this entente");
  const std::uint64_t length = get_le(bytes, 12, 8);
  const std::uint64_t have = bytes.size() - kPartialHeaderBytes;
  if (have < length)
    throw PartialError("truncated: " + std::to_string(have) + " of " + std::to_string(length) +
                       " payload bytes present");
  if (have > length)
    throw PartialError("corrupt: " + std::to_string(have - length) + " unexpected bytes after the payload");
  const std::string_view body = bytes.substr(kPartialHeaderBytes);
  if (XXH3_64bits(body.data(), body.size()) != get_le(bytes, 20, 8))
    throw PartialError("corrupt: checksum mismatch (the file was damaged after it was written)");
  nlohmann::json payload = nlohmann::json::from_msgpack(body.begin(), body.end(), true, false);
  if (payload.is_discarded() || !payload.is_object() || !payload.contains("kind") ||
      !payload["kind"].is_string())
    throw PartialError("corrupt: the payload is not a partial result");
  return payload;
}

}  // namespace entente
