package dev.flowdef.processor.types;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The values Jackson writes for the constants of an enum with {@code @JsonValue}, read from the source when they are
 * plain: the member is a field (or a method returning one), set from a constructor parameter, and every constant passes
 * a literal there ({@code ALPHA("a-1")}). Anything else, or a compiler without the Trees API, gives no values, and the
 * schema says only the member's type.
 */
final class JsonValueConstants {
  private final Trees trees;

  private JsonValueConstants(Trees trees) {
    this.trees = trees;
  }

  static JsonValueConstants of(ProcessingEnvironment environment) {
    try {
      return new JsonValueConstants(Trees.instance(environment));
    } catch (IllegalArgumentException | LinkageError e) {
      return new JsonValueConstants(null); // not javac: no source trees to read
    }
  }

  /** The literal each constant gives the {@code @JsonValue} member, in declaration order, if all are plain. */
  Optional<List<Object>> values(TypeElement enumType, Element member) {
    if (trees == null) {
      return Optional.empty();
    }
    Optional<String> field = member.getKind() == ElementKind.FIELD
        ? Optional.of(member.getSimpleName().toString())
        : returnedField((ExecutableElement) member);
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(enumType.getEnclosedElements());
    if (field.isEmpty() || constructors.size() != 1) {
      return Optional.empty();
    }
    int index = assignedParameter(constructors.get(0), field.get());
    if (index < 0) {
      return Optional.empty();
    }
    List<Object> values = new ArrayList<>();
    for (Element constant : enumType.getEnclosedElements()) {
      if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
        Object value = literalArgument(constant, index);
        if (value == null) {
          return Optional.empty();
        }
        values.add(value);
      }
    }
    return Optional.of(values);
  }

  /** The field a method returns: {@code return code;} or {@code return this.code;}. */
  private Optional<String> returnedField(ExecutableElement method) {
    MethodTree tree = trees.getTree(method);
    if (tree == null || tree.getBody() == null || tree.getBody().getStatements().size() != 1) {
      return Optional.empty();
    }
    StatementTree statement = tree.getBody().getStatements().get(0);
    return statement instanceof ReturnTree returned ? fieldName(returned.getExpression()) : Optional.empty();
  }

  /** The index of the constructor parameter assigned to {@code field} ({@code this.code = code;}), or -1. */
  private int assignedParameter(ExecutableElement constructor, String field) {
    MethodTree tree = trees.getTree(constructor);
    if (tree == null || tree.getBody() == null) {
      return -1;
    }
    for (StatementTree statement : tree.getBody().getStatements()) {
      if (statement instanceof ExpressionStatementTree expression
          && expression.getExpression() instanceof AssignmentTree assignment
          && fieldName(assignment.getVariable()).filter(field::equals).isPresent()
          && assignment.getExpression() instanceof IdentifierTree parameter) {
        List<? extends VariableTree> parameters = tree.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
          if (parameters.get(i).getName().contentEquals(parameter.getName())) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  /** The literal a constant passes as argument {@code index}: a string, an int, a long or a boolean. */
  private Object literalArgument(Element constant, int index) {
    Tree tree = trees.getTree(constant);
    if (!(tree instanceof VariableTree variable && variable.getInitializer() instanceof NewClassTree creation)
        || creation.getArguments().size() <= index
        || !(creation.getArguments().get(index) instanceof LiteralTree literal)) {
      return null;
    }
    Object value = literal.getValue();
    return value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Boolean
        ? value : null;
  }

  private static Optional<String> fieldName(ExpressionTree expression) {
    if (expression instanceof IdentifierTree identifier) {
      return Optional.of(identifier.getName().toString());
    }
    if (expression instanceof MemberSelectTree select && select.getExpression() instanceof IdentifierTree owner
        && owner.getName().contentEquals("this")) {
      return Optional.of(select.getIdentifier().toString());
    }
    return Optional.empty();
  }
}
