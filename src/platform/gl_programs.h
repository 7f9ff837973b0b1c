// The WebGL2 programs of gl_renderer.h and the vertex layout they read (ImGui's ImDrawVert: position, texture
// coordinate, packed colour as attributes 0, 1 and 2).
#pragma once

#include <cstddef>

namespace entente {

// Links the program that draws the vertex colour times the font atlas (sampler "atlas") and returns its id;
// needs the current WebGL2 context. Both programs take the uniform mat4 "projection".
unsigned link_textured_program();
// Links the program that draws the vertex colour alone (no texture fetch: flat fills).
unsigned link_flat_program();

// Points attributes 0-2 at ImDrawVert data starting `base` bytes into the bound array buffer.
void point_attributes(std::size_t base);

}  // namespace entente
