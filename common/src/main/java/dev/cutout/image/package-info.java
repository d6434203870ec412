/** Image I/O shared by both services: detect (magic bytes) → decode (orientation, colour) → encode (PNG). */
package dev.cutout.image;
