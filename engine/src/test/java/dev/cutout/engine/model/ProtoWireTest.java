package dev.cutout.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class ProtoWireTest {

    @Test
    void encodesVarintsAsInTheProtobufSpecification() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProtoWire.writeVarint(out, 1);
        ProtoWire.writeVarint(out, 150);
        ProtoWire.writeVarint(out, 300);

        assertThat(out.toByteArray()).containsExactly(0x01, 0x96, 0x01, 0xac, 0x02);
    }

    @Test
    void readsALengthDelimitedFieldUpToTheEndOfItsPayload() {
        byte[] buf = {0x3a, 0x03, 'a', 'b', 'c', 0x08, 0x01};

        ProtoWire.Field field = ProtoWire.readField(buf, 0, buf.length);

        assertThat(field).isEqualTo(new ProtoWire.Field(7, ProtoWire.LENGTH_DELIMITED, 0, 2, 5));
    }

    @Test
    void refusesAFieldThatClaimsMoreBytesThanItsMessageHas() {
        byte[] buf = {0x3a, 0x09, 'a'};

        assertThatThrownBy(() -> ProtoWire.readField(buf, 0, buf.length))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runs past");
    }
}
