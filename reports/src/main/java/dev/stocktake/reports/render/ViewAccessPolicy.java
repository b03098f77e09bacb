package dev.stocktake.reports.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What templates may reach on a Java object: the components of the report's view records, and
 * nothing else — no other method, constructor or field of any class, so a template can neither call
 * into a service nor walk from a value to its class loader.
 */
final class ViewAccessPolicy implements MemberAccessPolicy {
  static final String VIEW_PACKAGE = "dev.stocktake.reports.view";

  private static final ClassMemberAccessPolicy NOTHING =
      new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
          return false;
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
          return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
          return false;
        }
      };

  @Override
  public ClassMemberAccessPolicy forClass(Class<?> type) {
    if (!type.isRecord() || !type.getPackageName().equals(VIEW_PACKAGE)) {
      return NOTHING;
    }
    Set<String> components =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());
    return new ClassMemberAccessPolicy() {
      @Override
      public boolean isMethodExposed(Method method) {
        return method.getParameterCount() == 0
            && method.getDeclaringClass() == type
            && components.contains(method.getName());
      }

      @Override
      public boolean isConstructorExposed(Constructor<?> constructor) {
        return false;
      }

      @Override
      public boolean isFieldExposed(Field field) {
        return false;
      }
    };
  }

  @Override
  public boolean isToStringAlwaysExposed() {
    return false;
  }
}
