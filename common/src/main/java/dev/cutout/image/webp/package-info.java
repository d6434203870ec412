/** A pure-Java lossless WebP (VP8L, RFC 9649) encoder: transforms, LZ77, colour cache, prefix codes. */
package dev.cutout.image.webp;
