package io.lambdaforge.descriptor.sam;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.regex.Pattern;

/**
 * Also quotes values that a YAML 1.1 reader would take for a timestamp (such as
 * {@code 2010-09-09}), so that {@code AWSTemplateFormatVersion} and dates stay strings.
 */
final class DateQuotingChecker extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}.*");

  @Override
  public boolean needToQuoteValue(String value) {
    return DATE.matcher(value).matches() || super.needToQuoteValue(value);
  }
}
