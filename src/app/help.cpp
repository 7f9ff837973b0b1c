// Help texts and tooltip helpers (see help.h).
#include "help.h"

#include <cstring>

#include "imgui.h"
#include "imgui_internal.h"
#include "widgets.h"

namespace entente {
namespace {

struct HelpEntry {
  const char* name;
  const char* text;
};

// Column names as the views set them up (TableSetupColumn), and score names.
constexpr HelpEntry kHelp[] = {
    {"#", "Document number, in the order the files were added."},
    {"Name", "The file name (or the name given to pasted text)."},
    {"Size", "Size of the file as read."},
    {"Tokens", "Words and numbers in the text, after markup is removed."},
    {"Sentences", "Sentences found in the text."},
    {"Encoding", "The character encoding the file was read with (detected)."},
    {"Title", "The title found in the text: an HTML <title> or a first heading."},
    {"Error", "Why the file was not analyzed (empty when it was)."},
    {"Doc", "The document the row comes from (its number in the Corpus panel)."},
    {"Kind", "The kind of deal: agreement, purchase, sale, loan, investment, supply, project or exercise."},
    {"Sector", "defense, energy, trade, infrastructure, health, space, finance or other."},
    {"Parties", "The countries the deal is between (firms and agencies count for their country)."},
    {"Item", "The concrete thing agreed on, or the purpose of the agreement."},
    {"Value",
     "The amount in the currency the text states; ~ about, > more than. Hover a value for the exact "
     "figure and, when the text gives one, US dollars."},
    {"Quantity", "How many units the deal is for, as the text says."},
    {"Year", "The year the deal event happened, from its sentence or the article's dateline."},
    {"Status", "How far the deal got, from intention to outcome. Hover a status for its meaning."},
    {"Conf.",
     "Confidence, 0 to 1: how sure the rules are that the sentence states a deal between these "
     "parties. Named parties, an item and an amount raise it; below 0.5, check the evidence."},
    {"Confidence",
     "Confidence, 0 to 1: how sure the rules are that the sentence states a deal between these "
     "parties. Named parties, an item and an amount raise it; below 0.5, check the evidence."},
    {"Group", "Rows reporting the same deal (in one or more documents) share a group number."},
    {"Conflicts", "Figures that differ between reports of the same deal (value, year, quantity)."},
    {"Topic", "A topic the sampler discovered: the words that tend to occur together."},
    {"Top terms", "The words most typical of the topic, most typical first."},
    {"Left", "Text before the matched term."},
    {"Hit", "The lexicon term matched in the text."},
    {"Right", "Text after the matched term."},
    {"score",
     "Overlap score, 0 to 1: how much text two documents share. It averages the share of the "
     "shorter document inside shared passages and the content-word pairs both use; identical "
     "texts score 1, unrelated texts on one subject stay below 0.03 (not listed)."},
    {"similarity",
     "Passage similarity, 0 to 1: 2 x matched words / (words of both sides). 1.00 is the same "
     "wording; lower values are reworded copies."},
    {"order",
     "Similarity order puts documents that share text next to each other, so copies form "
     "bright blocks along the diagonal. Input order keeps the Corpus panel's order."},
};

}  // namespace

const char* column_help(const char* name) {
  for (const HelpEntry& e : kHelp) {
    if (std::strcmp(e.name, name) == 0)
      return std::strcmp(e.name, "Status") == 0 ? status_vocabulary() : e.text;
  }
  return nullptr;
}

const char* status_vocabulary() {
  return "How far the deal got, from intention to outcome:\n"
         "  proposed: offered, planned, wanted or under consideration\n"
         "  negotiating: in talks or under negotiation\n"
         "  announced: pledged, approved or agreed in principle, not yet signed\n"
         "  signed: signed, concluded, ordered or purchased\n"
         "  in_progress: construction or deliveries under way\n"
         "  completed: delivered, held, launched or inaugurated\n"
         "  cancelled: dropped, failed or suspended";
}

void mark_item(UiProbe& probe, const std::string& name) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  probe.marks.emplace_back(name, Rect{a.x, a.y, b.x - a.x, b.y - a.y});
}

void help_tooltip(AppActions& actions, const char* text) {
  if (!text || !ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
  actions.probe.tooltip = text;
}

void help_marker(AppActions& actions, const char* name, const char* text) {
  ImGui::SameLine();
  ImGui::TextDisabled("(?)");
  mark_item(actions, std::string("help:") + name);
  help_tooltip(actions, text);
}

void table_headers_with_help(AppActions& actions) {
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers, ImGui::TableGetHeaderRowHeight());
  const int columns = ImGui::TableGetColumnCount();
  for (int c = 0; c < columns; ++c) {
    if (!ImGui::TableSetColumnIndex(c)) continue;
    const char* name = ImGui::TableGetColumnName(c);
    ImGui::PushID(c);
    ImGui::TableHeader(name);
    ImGui::PopID();
    mark_item(actions, std::string("header:") + name);
    help_tooltip(actions, column_help(name));
  }
}

}  // namespace entente
