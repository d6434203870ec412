package dev.cutout.contract;

/** One message as it goes on the wire: its properties and its body. */
public record AmqpMessage(MessageProperties properties, byte[] body) {

    public AmqpMessage {
        if (properties == null || body == null) {
            throw new IllegalArgumentException("a message has properties and a body");
        }
    }
}
