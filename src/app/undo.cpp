// The undo stack (see undo.h).
#include "undo.h"

#include <utility>

namespace entente {

void UndoStack::push(std::string label, std::function<void()> undo) {
  if (!undo) return;
  if (entries_.size() >= kMaxEntries) entries_.erase(entries_.begin());
  entries_.push_back(Entry{std::move(label), std::move(undo)});
}

std::string UndoStack::undo() {
  if (entries_.empty()) return {};
  Entry entry = std::move(entries_.back());
  entries_.pop_back();
  entry.undo();
  return entry.label;
}

const std::string& UndoStack::top_label() const {
  return entries_.empty() ? none_ : entries_.back().label;
}

}  // namespace entente
