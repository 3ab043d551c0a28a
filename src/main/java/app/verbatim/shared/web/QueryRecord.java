package app.verbatim.shared.web;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * How the query parameters of a request become one record: a parameter per component, named as
 * the component. Everything reflective (the components, their types, the constructor) is read
 * once per record type; binding a request then only reads strings and converts them, as a
 * {@code @RequestParam} does: one value as it is, repeated values as an array
 * ({@code speaker=a&speaker=b} fills a list), an empty value of an enum as none, a value that
 * does not convert a 400 naming it.
 */
final class QueryRecord {

    private static final ClassValue<QueryRecord> TYPES = new ClassValue<>() {
        @Override
        protected QueryRecord computeValue(Class<?> type) {
            return new QueryRecord(type);
        }
    };
    private static final TypeDescriptor ONE = TypeDescriptor.valueOf(String.class);
    private static final TypeDescriptor MANY = TypeDescriptor.valueOf(String[].class);

    private final List<String> names;
    private final TypeDescriptor[] types;
    private final Class<?>[] rawTypes;
    private final MethodHandle constructor;

    private QueryRecord(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        this.names = Arrays.stream(components).map(RecordComponent::getName).toList();
        this.types = Arrays.stream(components)
                .map(c -> new TypeDescriptor(ResolvableType.forType(c.getGenericType()), null, null)).toArray(TypeDescriptor[]::new);
        this.rawTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            var canonical = type.getDeclaredConstructor(rawTypes);
            canonical.setAccessible(true);
            this.constructor = MethodHandles.lookup().unreflectConstructor(canonical)
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type, e);
        }
    }

    /** The record type's binding, computed on first use. */
    static QueryRecord of(Class<?> type) {
        return TYPES.get(type);
    }

    /** The query parameters the record takes: its components' names, in order. */
    List<String> names() {
        return names;
    }

    /** A record of the request's values; {@code parameter} names the handler's argument in a type mismatch. */
    Object bind(Function<String, String @Nullable []> values, ConversionService conversion, MethodParameter parameter) {
        var arguments = new @Nullable Object[types.length];
        for (int i = 0; i < types.length; i++) {
            String[] given = values.apply(names.get(i));
            if (given == null || given.length == 0) {
                continue;
            }
            if (given.length == 1 && rawTypes[i].isEnum() && given[0].isBlank()) {
                continue; // an empty choice is no choice, as Spring's binder has it for enums
            }
            Object source = given.length == 1 ? given[0] : given;
            try {
                arguments[i] = conversion.convert(source, given.length == 1 ? ONE : MANY, types[i]);
            } catch (ConversionException e) {
                throw new MethodArgumentTypeMismatchException(source, rawTypes[i], names.get(i), parameter, e.getCause());
            }
        }
        try {
            return (Object) constructor.invokeExact(arguments);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
