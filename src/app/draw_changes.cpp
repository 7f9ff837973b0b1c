// The rectangle of the canvas a frame changes (see draw_changes.h).
#include "draw_changes.h"

#include <algorithm>
#include <cstring>

namespace entente {

PixelRect unite(const PixelRect& a, const PixelRect& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

PixelRect intersect(const PixelRect& a, const PixelRect& b) {
  PixelRect r{std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
  return r.empty() ? PixelRect{} : r;
}

PixelRect changed_area(const std::vector<ListPicture>& before, const std::vector<ListPicture>& now,
                       const PixelRect& screen) {
  PixelRect changed;
  std::vector<bool> kept(before.size(), false);
  std::size_t last = 0;
  bool any_kept = false;
  for (const ListPicture& list : now) {
    std::size_t j = 0;
    while (j < before.size() && before[j].id != list.id) ++j;
    if (j == before.size()) {  // a new list: wherever it draws
      changed = unite(changed, list.bounds);
      continue;
    }
    if (any_kept && j < last) return screen;  // lists drawn in another order: every pixel may differ
    last = j;
    any_kept = true;
    kept[j] = true;
    if (before[j].hash != list.hash) changed = unite(changed, unite(before[j].bounds, list.bounds));
  }
  for (std::size_t j = 0; j < before.size(); ++j) {
    if (!kept[j]) changed = unite(changed, before[j].bounds);  // a list gone: wherever it drew
  }
  return intersect(changed, screen);
}

std::uint64_t hash_bytes(const void* data, std::size_t size, std::uint64_t seed) {
  constexpr std::uint64_t kMul = 0x9e3779b97f4a7c15ull;
  const auto* bytes = static_cast<const unsigned char*>(data);
  std::uint64_t h = seed ^ (size * kMul);
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes + i, 8);
    h = (h ^ word) * kMul;
    h ^= h >> 29;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, bytes + i, size - i);
  h = (h ^ tail) * kMul;
  return h ^ (h >> 32);
}

}  // namespace entente
