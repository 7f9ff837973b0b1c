// HTML to text: drops tags, comments, <script>, <style> and <head>; decodes entities; keeps block breaks.
#pragma once

#include <string>
#include <string_view>

namespace entente {

// True when the file name ends in .html/.htm, or the text starts (after spaces) with <!doctype html or <html.
bool looks_like_html(std::string_view name, std::string_view text);

// Returns the visible text of `html` (UTF-8 in, UTF-8 out). Block elements (p, div, br, li, h1-h6, tr)
// become line breaks so sentences and titles survive; runs of spaces collapse.
std::string html_to_text(std::string_view html);

}  // namespace entente
