package dev.cutout.engine.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A minimal protobuf encoder for test fixtures: ONNX-shaped messages built field by field. */
final class ProtoMessage {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ProtoMessage varint(int field, long value) {
        ProtoWire.writeTag(out, field, ProtoWire.VARINT);
        ProtoWire.writeVarint(out, value);
        return this;
    }

    ProtoMessage fixed32(int field) {
        ProtoWire.writeTag(out, field, ProtoWire.FIXED32);
        out.writeBytes(new byte[] {1, 2, 3, 4});
        return this;
    }

    ProtoMessage string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    ProtoMessage bytes(int field, byte[] value) {
        ProtoWire.writeTag(out, field, ProtoWire.LENGTH_DELIMITED);
        ProtoWire.writeVarint(out, value.length);
        out.writeBytes(value);
        return this;
    }

    ProtoMessage message(int field, ProtoMessage value) {
        return bytes(field, value.toBytes());
    }

    byte[] toBytes() {
        return out.toByteArray();
    }
}
