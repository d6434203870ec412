package dev.cutout.engine.model;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Lends each concurrent caller its own DJL predictor (predictors are not thread-safe; the ONNX
 * Runtime session behind them is) and takes it back afterwards.
 */
final class PredictorPool<I, O> implements AutoCloseable {

    private final List<Predictor<I, O>> all;
    private final BlockingQueue<Predictor<I, O>> idle;

    PredictorPool(Model model, Translator<I, O> translator, int size) {
        all = new ArrayList<>(size);
        idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Predictor<I, O> predictor = model.newPredictor(translator);
            all.add(predictor);
            idle.add(predictor);
        }
    }

    /** Blocks while every predictor is busy. */
    O predict(I input) throws TranslateException, InterruptedException {
        Predictor<I, O> predictor = idle.take();
        try {
            return predictor.predict(input);
        } finally {
            idle.add(predictor);
        }
    }

    @Override
    public void close() {
        all.forEach(Predictor::close);
    }
}
