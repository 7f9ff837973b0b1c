// A memo from a word form to the few values computed for it, for loops that look up every token of a corpus
// (the overlap normalizer's three passes): each distinct form is worked out once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace entente {

// Keyed by the form's 64-bit XXH3 hash, which stands for the form (as the overlap's match tokens do: two
// forms of one hash would share their values, odds of about n^2 / 2^65), in an open-addressing table of
// slots into one flat array of values. A lookup touches about two cache lines; the node map of strings it
// replaces chased four or more, and spent ~8% of an analysis's time doing it.
template <class T>
class FormMemo {
 public:
  // Room for `expected_forms` forms is taken at once, before the caller's big allocations, so that the table
  // rarely grows in the middle of them (a block reallocated there can split free space a big sort needs).
  explicit FormMemo(std::size_t expected_forms = 0) {
    std::size_t size = 1024;
    while (size < 2 * expected_forms) size *= 2;
    slots_.assign(size, Slot{0, 0, 0});
    values_.reserve(expected_forms);
  }

  // The values of `form`: on its first lookup, make(out) appends them to `out`. The pointers stay valid until
  // the next call.
  template <class Make>
  std::pair<const T*, const T*> get(std::string_view form, const Make& make) {
    std::uint64_t hash = XXH3_64bits(form.data(), form.size());
    if (hash == 0) hash = 1;  // 0 marks an empty slot
    if (2 * (used_ + 1) > slots_.size()) grow();
    std::size_t i = hash & (slots_.size() - 1);
    while (slots_[i].hash != 0 && slots_[i].hash != hash) i = (i + 1) & (slots_.size() - 1);
    Slot& slot = slots_[i];
    if (slot.hash == 0) {
      slot = {hash, static_cast<std::uint32_t>(values_.size()), 0};
      make(values_);
      slot.count = static_cast<std::uint32_t>(values_.size() - slot.first);
      ++used_;
    }
    return {values_.data() + slot.first, values_.data() + slot.first + slot.count};
  }

  // The number of distinct forms looked up so far.
  std::size_t size() const { return used_; }

 private:
  struct Slot {
    std::uint64_t hash;  // 0: empty
    std::uint32_t first, count;
  };

  void grow() {
    std::vector<Slot> old(2 * slots_.size(), Slot{0, 0, 0});
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.hash == 0) continue;
      std::size_t i = s.hash & (slots_.size() - 1);
      while (slots_[i].hash != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<T> values_;
  std::size_t used_ = 0;
};

// Room for the forms of a corpus of `tokens` tokens: about one form per eight tokens on small corpora, and
// seldom more than 2^17 (past it the memo grows).
inline std::size_t expected_forms(std::size_t tokens) {
  constexpr std::size_t kAtMost = std::size_t{1} << 17;
  return tokens / 8 < kAtMost ? tokens / 8 : kAtMost;
}

}  // namespace entente
